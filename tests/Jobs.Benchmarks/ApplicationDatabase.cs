using Microsoft.Data.Sqlite;

namespace Inspection.Jobs.Benchmarks;

/// <summary>
/// Stands for the service's own database: the pending work recorded for in-memory storage, and one row
/// per job execution (so a job run twice is seen twice).
/// </summary>
internal sealed class ApplicationDatabase(string path)
{
    private readonly string _connection = $"Data Source={path};Default Timeout=30";

    public void Create() => Execute("""
        PRAGMA journal_mode = WAL;
        CREATE TABLE Pending (Job INTEGER PRIMARY KEY, Done INTEGER NOT NULL DEFAULT 0);
        CREATE TABLE Runs (Id INTEGER PRIMARY KEY AUTOINCREMENT, Job INTEGER NOT NULL, Process TEXT NOT NULL);
        """);

    public void RecordPending(int job) => Execute("INSERT INTO Pending (Job) VALUES ($job)", job);

    public void MarkDone(int job) => Execute("UPDATE Pending SET Done = 1 WHERE Job = $job", job);

    public void RecordRun(int job, string process) => Execute("INSERT INTO Runs (Job, Process) VALUES ($job, $process)", job, process);

    public List<int> PendingJobs()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Job FROM Pending WHERE Done = 0 ORDER BY Job";
        using var reader = command.ExecuteReader();
        var jobs = new List<int>();
        while (reader.Read())
        {
            jobs.Add(reader.GetInt32(0));
        }

        return jobs;
    }

    public int DistinctJobsRun() => Scalar("SELECT COUNT(DISTINCT Job) FROM Runs");

    public (int Executions, int Distinct) Executions() => (Scalar("SELECT COUNT(*) FROM Runs"), DistinctJobsRun());

    private int Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql, int? job = null, string? process = null)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$job", job ?? 0);
        command.Parameters.AddWithValue("$process", process ?? string.Empty);
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connection);
        connection.Open();
        return connection;
    }
}
