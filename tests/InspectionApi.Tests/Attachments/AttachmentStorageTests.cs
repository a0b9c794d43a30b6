using System.Net;
using System.Net.Http.Json;
using Inspection.Api.Hosting;
using Inspection.Api.Inspections;
using Inspection.Api.Tests.BadInput;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inspection.Api.Tests.Attachments;

/// <summary>
/// A full disk is a 507 that says so, with nothing left behind; files a crash left without a row are
/// swept at the next start, and nothing else is.
/// </summary>
/// <remarks>
/// The full disk is real: the store's seam opens Linux's <c>/dev/full</c>, on which every write fails
/// with ENOSPC from the kernel, instead of a file. (No tmpfs is mounted: that needs privileges CI may not have.)
/// </remarks>
public sealed class AttachmentStorageTests
{
    [Test]
    public async Task Upload_DiskFull_Is507ThatSaysSoAndLeavesNoRowNorFile()
    {
        Assume.That(File.Exists("/dev/full"), "needs Linux's /dev/full");
        using var factory = new InspectionApiFactory();
        var root = Path.Combine(factory.DataFolder, "attachments");
        factory.TestServices = services => services.AddSingleton(new AttachmentStore(root, _ => new FileStream("/dev/full", FileMode.Open, FileAccess.Write)));
        using var supervisor = await factory.ClientAsAsync(TestInspections.Supervisor);
        var inspection = await TestInspections.StartedAsync(supervisor);

        var response = await supervisor.PostAsync($"/api/inspections/{inspection.Id}/attachments",
            EvidenceFiles.Form(EvidenceFiles.Png(50_000), "exit.png", "fire_approval_valid"));

        var problem = await ProblemResponse.ReadAsync(response, (HttpStatusCode)507);
        problem.Title.Should().Be("The server's disk is full");
        problem.Detail.Should().Be("Nothing was stored. Try again once an administrator has made room.");
        (await factory.ReadDatabaseAsync(db => db.Attachments.CountAsync(a => a.InspectionId == inspection.Id))).Should().Be(0);
        var folder = Path.Combine(root, inspection.Id.ToString("N"));
        (Directory.Exists(folder) ? Directory.GetFiles(folder) : []).Should().BeEmpty();
    }

    [Test]
    public void DiskFull_RealEnospcAndSqliteFull_AreRecognised_OtherErrorsAreNot()
    {
        Assume.That(File.Exists("/dev/full"), "needs Linux's /dev/full");
        IOException enospc;
        try
        {
            using var full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write);
            full.Write(new byte[8192]);
            full.Flush();
            throw new AssertionException("writing to /dev/full succeeded");
        }
        catch (IOException e)
        {
            enospc = e;
        }

        DiskFull.Is(enospc).Should().BeTrue();
        DiskFull.Is(new SqliteException("database or disk is full", 13)).Should().BeTrue();
        DiskFull.Is(new DbUpdateException("save failed", new SqliteException("database or disk is full", 13))).Should().BeTrue();
        DiskFull.Is(new SqliteException("database is locked", 5)).Should().BeFalse();
        DiskFull.Is(new IOException("Unexpected end of stream")).Should().BeFalse();
        DiskFull.Is(new FileNotFoundException("gone")).Should().BeFalse();
    }

    [Test]
    public async Task Start_FilesLeftByInterruptedUploads_AreSweptAndRecordedOnesKept()
    {
        var dataFolder = InspectionApiFactory.NewDataFolder();
        try
        {
            Guid inspectionId;
            AttachmentDto recorded;
            byte[] bytes = EvidenceFiles.Png(4_000);
            using (var first = new InspectionApiFactory(dataFolder))
            {
                using var supervisor = await first.ClientAsAsync(TestInspections.Supervisor);
                inspectionId = (await TestInspections.StartedAsync(supervisor)).Id;
                var upload = await supervisor.PostAsync($"/api/inspections/{inspectionId}/attachments", EvidenceFiles.Form(bytes, "exit.png", "fire_approval_valid"));
                recorded = (await upload.Content.ReadFromJsonAsync<AttachmentDto>())!;
            }

            // What a crash leaves: a whole file whose row was never committed, a half-written one, and
            // (on a shared folder) one another node is writing right now; plus a file the store did not name.
            var folder = Path.Combine(dataFolder, "attachments", inspectionId.ToString("N"));
            var strayFolder = Path.Combine(dataFolder, "attachments", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(strayFolder);
            var wholeOrphan = Plant(folder, Guid.NewGuid().ToString("N"), TimeSpan.FromHours(3));
            var partial = Plant(folder, $"{Guid.NewGuid():N}.partial", TimeSpan.FromHours(3));
            var strayOrphan = Plant(strayFolder, Guid.NewGuid().ToString("N"), TimeSpan.FromDays(2));
            var beingWritten = Plant(folder, $"{Guid.NewGuid():N}.partial", TimeSpan.FromMinutes(1));
            var notOurs = Plant(folder, "README.txt", TimeSpan.FromDays(30));

            using var second = new InspectionApiFactory(dataFolder);
            using var client = await second.ClientAsAsync(TestInspections.Supervisor);

            File.Exists(wholeOrphan).Should().BeFalse();
            File.Exists(partial).Should().BeFalse();
            File.Exists(strayOrphan).Should().BeFalse();
            Directory.Exists(strayFolder).Should().BeFalse("a folder left empty goes too");
            File.Exists(beingWritten).Should().BeTrue("a file younger than the sweep's age may be an upload in progress");
            File.Exists(notOurs).Should().BeTrue("files the store did not name are not its to remove");
            (await client.GetByteArrayAsync($"/api/inspections/{inspectionId}/attachments/{recorded.Id}")).Should().Equal(bytes);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    private static string Plant(string folder, string name, TimeSpan age)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, EvidenceFiles.Png(1_000));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }
}
