namespace Inspection.Api.Cycles.Planning;

/// <summary>
/// The supervisors' booked days and open visits while the planner works: a visit goes to the least loaded
/// supervisor of the facility's district (as the district is now) who is free that day, on the first working
/// day (Sunday to Thursday) from the date asked for where one is; nobody gets two visits on one day.
/// </summary>
public sealed class SupervisorCalendar
{
    /// <summary>How many working days past the date asked for the planner looks for a free supervisor.</summary>
    public const int SearchDays = 120;

    private readonly Dictionary<string, List<Guid>> _byDistrict;
    private readonly Dictionary<Guid, string> _districtOf;
    private readonly HashSet<(Guid Supervisor, DateOnly Date)> _booked;
    private readonly Dictionary<Guid, int> _load;

    public SupervisorCalendar(IEnumerable<(Guid Id, string? District)> supervisors, IEnumerable<(Guid Supervisor, DateOnly Date)> booked)
    {
        var list = supervisors.Where(s => s.District is not null).ToList();
        _districtOf = list.ToDictionary(s => s.Id, s => s.District!);
        _byDistrict = list.GroupBy(s => s.District!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(s => s.Id).Order().ToList(), StringComparer.Ordinal);
        _booked = [];
        _load = list.ToDictionary(s => s.Id, _ => 0);
        foreach (var (supervisor, date) in booked)
        {
            Book(supervisor, date);
        }
    }

    /// <summary>Whether <paramref name="supervisor"/> supervises <paramref name="district"/> now.</summary>
    public bool Serves(Guid? supervisor, string district) =>
        supervisor is { } s && _districtOf.TryGetValue(s, out var own) && string.Equals(own, district, StringComparison.Ordinal);

    public bool IsFree(Guid supervisor, DateOnly date) => !_booked.Contains((supervisor, date));

    public static bool IsWorkingDay(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Friday or DayOfWeek.Saturday);

    /// <summary>
    /// The first working day from <paramref name="from"/> (to <paramref name="latest"/> at most, when given)
    /// with a free supervisor of <paramref name="district"/>, preferring <paramref name="preferred"/> and then the
    /// least loaded; booked at once. Null when the district has no supervisor or none is free in time.
    /// </summary>
    public (Guid Supervisor, DateOnly Date)? Book(string district, DateOnly from, DateOnly? latest = null, Guid? preferred = null)
    {
        if (!_byDistrict.TryGetValue(district, out var candidates) || candidates.Count == 0)
        {
            return null;
        }

        var last = latest ?? from.AddDays(SearchDays);
        for (var date = from; date <= last; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            var free = preferred is { } p && candidates.Contains(p) && IsFree(p, date)
                ? p
                : candidates.Where(c => IsFree(c, date)).OrderBy(c => _load[c]).Select(c => (Guid?)c).FirstOrDefault();
            if (free is { } supervisor)
            {
                Book(supervisor, date);
                return (supervisor, date);
            }
        }

        return null;
    }

    /// <summary>A free supervisor of <paramref name="district"/> on <paramref name="date"/> (the day stays), the least loaded; booked at once.</summary>
    public Guid? BookOn(string district, DateOnly date) =>
        _byDistrict.TryGetValue(district, out var candidates)
            ? candidates.Where(c => IsFree(c, date)).OrderBy(c => _load[c]).Select(c => (Guid?)c).FirstOrDefault() is { } s ? Booked(s, date) : null
            : null;

    public void Release(Guid supervisor, DateOnly date)
    {
        if (_booked.Remove((supervisor, date)) && _load.TryGetValue(supervisor, out var load))
        {
            _load[supervisor] = load - 1;
        }
    }

    private Guid Booked(Guid supervisor, DateOnly date)
    {
        Book(supervisor, date);
        return supervisor;
    }

    private void Book(Guid supervisor, DateOnly date)
    {
        if (_booked.Add((supervisor, date)))
        {
            _load[supervisor] = _load.GetValueOrDefault(supervisor) + 1;
        }
    }
}
