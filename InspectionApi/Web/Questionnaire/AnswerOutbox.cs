using System.Text.Json;
using Inspection.Web.Shell;
using Microsoft.JSInterop;

namespace Inspection.Web.Questionnaire;

/// <summary>
/// Answers on their way to the API. Every change is written to IndexedDB at once (js/outbox.js), then sent
/// in the order it was made, in batches, with the answers' version the device last read. A dropped
/// connection loses nothing: sending resumes when the connection returns (the browser's <c>online</c> event)
/// and on a retry timer. A save refused as stale (someone else saved first) is compared with what the API
/// now holds: a change to an answer nobody else touched is sent again on the new version; a change to an
/// answer someone else changed is held as a <see cref="Conflict"/> until the user keeps theirs or takes
/// the other one, never overwritten silently. An evidence photo is a change too: its bytes wait in IndexedDB and it
/// is sent alone, in its turn, to the attachments endpoint.
/// </summary>
public sealed class AnswerOutbox(Api api, IJSRuntime js) : IAsyncDisposable
{
    private const int BatchSize = 200;
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(5);

    private readonly List<PendingChange> _pending = [];
    private readonly Dictionary<Guid, AnswersView> _baseline = [];
    private readonly Dictionary<Guid, List<Conflict>> _conflicts = [];
    private readonly Dictionary<Guid, (ApiProblem Problem, long[] Seqs)> _refused = [];
    private IJSObjectReference? _module;
    private DotNetObjectReference<AnswerOutbox>? _self;
    private Task? _starting;
    private bool _sending;
    private bool _again;
    private CancellationTokenSource? _retry;

    /// <summary>Raised whenever what is pending, saved or in conflict changes.</summary>
    public event Action? Changed;

    /// <summary>The browser's knowledge of the connection.</summary>
    public bool Online { get; private set; } = true;

    /// <summary>Changes on the device not yet saved by the API, all inspections together.</summary>
    public int PendingCount => _pending.Count;

    public int PendingFor(Guid inspection) => _pending.Count(p => p.Inspection == inspection);

    public bool IsSending => _sending;

    public IReadOnlyList<Conflict> ConflictsOf(Guid inspection) => _conflicts.TryGetValue(inspection, out var list) ? list : [];

    /// <summary>The API's refusal of this inspection's last batch (other than a stale version), which stops its sending.</summary>
    public ApiProblem? RefusalOf(Guid inspection) => _refused.TryGetValue(inspection, out var refused) ? refused.Problem : null;

    /// <summary>Reads what the device kept and starts sending it; once per app.</summary>
    public Task StartAsync() => _starting ??= StartOnceAsync();

    private async Task StartOnceAsync()
    {
        _module = await js.InvokeAsync<IJSObjectReference>("import", "./js/outbox.js");
        _self = DotNetObjectReference.Create(this);
        Online = await _module.InvokeAsync<bool>("watch", _self);
        var kept = await _module.InvokeAsync<List<PendingChange>>("list");
        _pending.AddRange(kept.OrderBy(c => c.Seq));
        _retry = new CancellationTokenSource();
        _ = RetryLoopAsync(_retry.Token);
        Notify();
        _ = SendAsync();
    }

    private async Task RetryLoopAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(RetryEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                if (_pending.Count > 0)
                {
                    await SendAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    [JSInvokable]
    public async Task ConnectionChanged(bool online)
    {
        Online = online;
        Notify();
        if (online)
        {
            await SendAsync();
        }
    }

    /// <summary>The answers as the API holds them (kept on the device for later), or, without a connection, as last kept.</summary>
    public async Task<AnswersView?> LoadAsync(Guid inspection)
    {
        // The API's answers are asked for while the device's outbox opens: on a page loaded anew that takes a while.
        var reading = api.GetAsync<AnswersView>($"api/inspections/{inspection}/answers");
        await StartAsync();

        // Changes kept from before stay based on the version they were made on (kept with them), so that the
        // API's answer to sending them says whether someone else changed the same answers meanwhile.
        if (PendingFor(inspection) > 0 && await BaselineOfPendingAsync(inspection) is { } basedOn)
        {
            _ = IgnoredAsync(reading);
            _ = SendAsync();
            return basedOn;
        }

        try
        {
            var answers = await reading;
            if (!ConflictsOf(inspection).Any())
            {
                await SetBaselineAsync(inspection, answers);
            }

            return answers;
        }
        catch (ApiException e) when (e.Problem.Status == 0)
        {
            if (_baseline.TryGetValue(inspection, out var known))
            {
                return known;
            }

            var kept = await ReadKeptAsync<AnswersView>($"answers:{inspection}");
            if (kept is not null)
            {
                _baseline[inspection] = kept;
            }

            return kept;
        }
    }

    /// <summary>Waits for a read whose answer is not needed, so that its failure goes unreported.</summary>
    private static async Task IgnoredAsync(Task reading)
    {
        try
        {
            await reading;
        }
        catch (ApiException)
        {
            // Not used: the changes waiting on the device are based on what was kept.
        }
    }

    /// <summary>The answers the device's pending changes were made on: in memory, or as kept on the device.</summary>
    private async Task<AnswersView?> BaselineOfPendingAsync(Guid inspection)
    {
        if (_baseline.TryGetValue(inspection, out var known))
        {
            return known;
        }

        var kept = await ReadKeptAsync<AnswersView>($"answers:{inspection}");
        if (kept is not null)
        {
            _baseline[inspection] = kept;
        }

        return kept;
    }

    /// <summary>Keeps a JSON copy of what was read from the API, for opening the page offline.</summary>
    public async Task KeepAsync<T>(string key, T value)
    {
        await StartAsync();
        await _module!.InvokeVoidAsync("keep", key, JsonSerializer.Serialize(value, Api.Json));
    }

    /// <summary>Keeps JSON text as the API sent it, for opening the page offline.</summary>
    public async Task KeepTextAsync(string key, string json)
    {
        await StartAsync();
        await _module!.InvokeVoidAsync("keep", key, json);
    }

    public async Task<T?> ReadKeptAsync<T>(string key)
    {
        await StartAsync();
        var json = await _module!.InvokeAsync<string?>("read", key);
        return json is null ? default : JsonSerializer.Deserialize<T>(json, Api.Json);
    }

    /// <summary>The answers as the user sees them: the API's, with every change not yet saved applied in order.</summary>
    public AnswersView Effective(Guid inspection)
    {
        var baseline = _baseline.GetValueOrDefault(inspection) ?? new AnswersView(0, [], [], []);
        var answers = new Dictionary<string, JsonElement>(baseline.Answers, StringComparer.Ordinal);
        var residents = baseline.Residents.Select(r => new ResidentView(r.Code, [.. r.Tracers], new Dictionary<string, JsonElement>(r.Answers, StringComparer.Ordinal))).ToList();
        var census = new Dictionary<string, int>(baseline.Census, StringComparer.Ordinal);
        ResidentView Resident(string code)
        {
            if (residents.Find(r => r.Code == code) is { } found)
            {
                return found;
            }

            var added = new ResidentView(code, [], new Dictionary<string, JsonElement>(StringComparer.Ordinal));
            residents.Add(added);
            return added;
        }

        foreach (var change in _pending.Where(p => p.Inspection == inspection))
        {
            switch (change.Kind)
            {
                case ChangeKind.Answer:
                    Set(answers, change.Key!, change.Value);
                    break;
                case ChangeKind.AddResident:
                    Resident(change.Resident!);
                    break;
                case ChangeKind.RemoveResident:
                    residents.RemoveAll(r => r.Code == change.Resident);
                    break;
                case ChangeKind.Tracers:
                    var resident = Resident(change.Resident!);
                    resident.Tracers.Clear();
                    resident.Tracers.AddRange(JsonSerializer.Deserialize<List<string>>(change.Value ?? "[]") ?? []);
                    break;
                case ChangeKind.ResidentAnswer:
                    Set(Resident(change.Resident!).Answers, change.Key!, change.Value);
                    break;
                case ChangeKind.Census:
                    if (change.Value is null)
                    {
                        census.Remove(change.Key!);
                    }
                    else
                    {
                        census[change.Key!] = int.Parse(change.Value, System.Globalization.CultureInfo.InvariantCulture);
                    }

                    break;
            }
        }

        return new AnswersView(baseline.Version, answers, residents, census);
    }

    private static void Set(Dictionary<string, JsonElement> answers, string code, string? value)
    {
        if (value is null)
        {
            answers.Remove(code);
        }
        else
        {
            answers[code] = Parse(value);
        }
    }

    /// <summary>True when a change to this answer (or count, or resident's tracers) waits to be saved.</summary>
    public bool IsPending(Guid inspection, string kind, string? resident, string? key) =>
        _pending.Any(p => p.Inspection == inspection && p.Kind == kind && p.Resident == resident && p.Key == key);

    /// <summary>Writes a change to the device at once, then sends it when it can.</summary>
    public async Task ChangeAsync(Guid inspection, string kind, string? resident, string? key, string? value)
    {
        await StartAsync();
        var seq = await _module!.InvokeAsync<long>("add", new { inspection, kind, resident, key, value });
        _pending.Add(new PendingChange(seq, inspection, kind, resident, key, value));
        Notify();
        _ = SendAsync();
    }

    /// <summary>Writes an evidence photo to the device at once (with its bytes), then sends it in its turn.</summary>
    public async Task AddPhotoAsync(Guid inspection, string questionCode, string? resident, string fileName, string contentType, byte[] data)
    {
        await StartAsync();
        var value = JsonSerializer.Serialize(new PhotoDescription(fileName, contentType, data.Length), Api.Json);
        var seq = await _module!.InvokeAsync<long>("add", new { inspection, kind = ChangeKind.Photo, resident, key = questionCode, value }, data);
        _pending.Add(new PendingChange(seq, inspection, ChangeKind.Photo, resident, questionCode, value));
        Notify();
        _ = SendAsync();
    }

    /// <summary>Photos of this question (and resident) kept on the device, not yet sent.</summary>
    public int PhotosWaiting(Guid inspection, string questionCode, string? resident = null) =>
        _pending.Count(p => p.Inspection == inspection && p.Kind == ChangeKind.Photo && p.Key == questionCode && p.Resident == resident);

    /// <summary>Photos of this inspection kept on the device, not yet sent.</summary>
    public int PhotosWaiting(Guid inspection) => _pending.Count(p => p.Inspection == inspection && p.Kind == ChangeKind.Photo);

    /// <summary>Sends what waits, inspection by inspection, batch by batch, until nothing is left or it cannot go on.</summary>
    public async Task SendAsync()
    {
        if (_sending)
        {
            _again = true;
            return;
        }

        _sending = true;
        Notify();
        try
        {
            do
            {
                _again = false;
                foreach (var inspection in _pending.Select(p => p.Inspection).Distinct().ToList())
                {
                    if (!await SendInspectionAsync(inspection))
                    {
                        break;
                    }
                }
            }
            while (_again);
        }
        finally
        {
            _sending = false;
            Notify();
        }
    }

    /// <summary>False when the connection is down (nothing more can go now).</summary>
    private async Task<bool> SendInspectionAsync(Guid inspection)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (ConflictsOf(inspection).Any() || _refused.ContainsKey(inspection))
            {
                return true;
            }

            var batch = NextBatch(inspection);
            if (batch.Count == 0)
            {
                return true;
            }

            var baseline = await BaselineOfPendingAsync(inspection);
            if (baseline is null)
            {
                try
                {
                    baseline = await api.GetAsync<AnswersView>($"api/inspections/{inspection}/answers");
                    await SetBaselineAsync(inspection, baseline);
                }
                catch (ApiException e)
                {
                    return e.Problem.Status != 0;
                }
            }

            try
            {
                if (batch is [{ Kind: ChangeKind.Photo } photo])
                {
                    await SendPhotoAsync(photo);
                    await ForgetAsync(batch);
                    continue;
                }

                var saved = await api.PutAsync<AnswersView>($"api/inspections/{inspection}/answers", Request(baseline.Version, batch));
                await SetBaselineAsync(inspection, saved);
                await ForgetAsync(batch);
            }
            catch (ApiException e) when (e.Problem.Status == 0)
            {
                return false;
            }
            catch (ApiException e) when (e.Problem.Status == 409)
            {
                if (!await CompareWithCurrentAsync(inspection, baseline))
                {
                    return false;
                }
            }
            catch (ApiException e) when (e.Problem.Status != 401)
            {
                _refused[inspection] = (e.Problem, [.. batch.Select(c => c.Seq)]);
                return true;
            }
        }

        return true;
    }

    private List<PendingChange> NextBatch(Guid inspection)
    {
        var batch = new List<PendingChange>();
        foreach (var change in _pending.Where(p => p.Inspection == inspection))
        {
            // A resident taken out of the sample goes alone (the API removes before it adds), and so does a photo (another endpoint).
            if (change.Kind is ChangeKind.RemoveResident or ChangeKind.Photo)
            {
                if (batch.Count == 0)
                {
                    batch.Add(change);
                }

                break;
            }

            batch.Add(change);
            if (batch.Count == BatchSize)
            {
                break;
            }
        }

        return batch;
    }

    private async Task SendPhotoAsync(PendingChange photo)
    {
        var description = JsonSerializer.Deserialize<PhotoDescription>(photo.Value!, Api.Json)!;
        var data = await _module!.InvokeAsync<byte[]?>("photo", photo.Seq) ?? [];
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(data);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(description.ContentType);
        form.Add(content, "file", description.FileName);
        form.Add(new StringContent(photo.Key!), "questionCode");
        if (photo.Resident is { } resident)
        {
            form.Add(new StringContent(resident), "residentCode");
        }

        (await api.SendAsync(api.Request(HttpMethod.Post, $"api/inspections/{photo.Inspection}/attachments", form))).Dispose();
    }

    private static object Request(int version, List<PendingChange> batch)
    {
        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var residents = new List<ResidentRequest>();
        var removed = new List<string>();
        var census = new Dictionary<string, int?>(StringComparer.Ordinal);
        ResidentRequest Resident(string code)
        {
            if (residents.Find(r => r.Code == code) is { } found)
            {
                return found;
            }

            var added = new ResidentRequest(code) { Answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal) };
            residents.Add(added);
            return added;
        }

        foreach (var change in batch)
        {
            switch (change.Kind)
            {
                case ChangeKind.Answer:
                    answers[change.Key!] = Parse(change.Value ?? "null");
                    break;
                case ChangeKind.AddResident:
                    Resident(change.Resident!).Tracers ??= [];
                    break;
                case ChangeKind.RemoveResident:
                    removed.Add(change.Resident!);
                    break;
                case ChangeKind.Tracers:
                    Resident(change.Resident!).Tracers = JsonSerializer.Deserialize<List<string>>(change.Value ?? "[]");
                    break;
                case ChangeKind.ResidentAnswer:
                    Resident(change.Resident!).Answers![change.Key!] = Parse(change.Value ?? "null");
                    break;
                case ChangeKind.Census:
                    census[change.Key!] = change.Value is null ? null : int.Parse(change.Value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }
        }

        return new { version, answers, residents, removeResidents = removed, census };
    }

    /// <summary>
    /// After a stale save: reads what the API holds now and compares, change by change, with what this
    /// device's changes were based on. True when the comparison could be made (the connection held).
    /// </summary>
    private async Task<bool> CompareWithCurrentAsync(Guid inspection, AnswersView basedOn)
    {
        AnswersView current;
        try
        {
            current = await api.GetAsync<AnswersView>($"api/inspections/{inspection}/answers");
        }
        catch (ApiException e) when (e.Problem.Status == 0)
        {
            return false;
        }

        var conflicts = new List<Conflict>();
        foreach (var group in _pending.Where(p => p.Inspection == inspection && p.Kind is ChangeKind.Answer or ChangeKind.ResidentAnswer or ChangeKind.Tracers or ChangeKind.Census)
            .GroupBy(p => (p.Kind, p.Resident, p.Key)))
        {
            var mine = group.Last().Value;
            var before = ValueOf(basedOn, group.Key.Kind, group.Key.Resident, group.Key.Key);
            var theirs = ValueOf(current, group.Key.Kind, group.Key.Resident, group.Key.Key);
            if (!Same(before, theirs) && !Same(theirs, mine))
            {
                conflicts.Add(new Conflict(inspection, group.Key.Kind, group.Key.Resident, group.Key.Key!, mine, theirs));
            }
        }

        _baseline[inspection] = current;
        if (conflicts.Count > 0)
        {
            // The device keeps the older version until the user settles: a reload finds the conflict again.
            _conflicts[inspection] = conflicts;
        }
        else
        {
            await SetBaselineAsync(inspection, current);
        }

        Notify();
        return true;
    }

    /// <summary>Settles a conflict: keep this device's value (sent on the current version) or take the one saved by someone else.</summary>
    public async Task ResolveAsync(Conflict conflict, bool keepMine)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        if (!keepMine)
        {
            await ForgetAsync([.. _pending.Where(p => p.Inspection == conflict.Inspection && p.Kind == conflict.Kind && p.Resident == conflict.Resident && p.Key == conflict.Key)]);
        }

        if (_conflicts.TryGetValue(conflict.Inspection, out var list))
        {
            list.Remove(conflict);
            if (list.Count == 0)
            {
                _conflicts.Remove(conflict.Inspection);
                await SetBaselineAsync(conflict.Inspection, _baseline[conflict.Inspection]);
            }
        }

        Notify();
        await SendAsync();
    }

    /// <summary>Drops the changes the API refused (they cannot be saved as they are) and sends the rest.</summary>
    public async Task DiscardRefusedAsync(Guid inspection)
    {
        if (_refused.Remove(inspection, out var refused))
        {
            await ForgetAsync([.. _pending.Where(p => refused.Seqs.Contains(p.Seq))]);
            Notify();
            await SendAsync();
        }
    }

    /// <summary>Tries the refused changes again (after the inspection was started, for example).</summary>
    public async Task RetryRefusedAsync(Guid inspection)
    {
        if (_refused.Remove(inspection))
        {
            Notify();
            await SendAsync();
        }
    }

    private static string? ValueOf(AnswersView answers, string kind, string? resident, string? key)
    {
        var who = resident is null ? null : answers.Residents.Find(r => r.Code == resident);
        return kind switch
        {
            ChangeKind.Answer => answers.Answers.TryGetValue(key!, out var a) ? a.GetRawText() : null,
            ChangeKind.ResidentAnswer => who is not null && who.Answers.TryGetValue(key!, out var a) ? a.GetRawText() : null,
            ChangeKind.Tracers => who is null ? null : JsonSerializer.Serialize(who.Tracers.Order(StringComparer.Ordinal)),
            ChangeKind.Census => answers.Census.TryGetValue(key!, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            _ => null,
        };
    }

    /// <summary>Two JSON values (or their absence) mean the same answer.</summary>
    public static bool Same(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        var x = Parse(a);
        var y = Parse(b);
        return (x.ValueKind, y.ValueKind) switch
        {
            (JsonValueKind.Number, JsonValueKind.Number) => x.GetDecimal() == y.GetDecimal(),
            (JsonValueKind.String, JsonValueKind.String) => x.GetString() == y.GetString(),
            (JsonValueKind.Array, JsonValueKind.Array) => x.EnumerateArray().Select(e => e.ToString()).Order(StringComparer.Ordinal)
                .SequenceEqual(y.EnumerateArray().Select(e => e.ToString()).Order(StringComparer.Ordinal)),
            _ => x.ValueKind == y.ValueKind && x.GetRawText() == y.GetRawText(),
        };
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private async Task SetBaselineAsync(Guid inspection, AnswersView answers)
    {
        _baseline[inspection] = answers;
        await KeepAsync($"answers:{inspection}", answers);
    }

    private async Task ForgetAsync(List<PendingChange> changes)
    {
        await _module!.InvokeVoidAsync("remove", changes.Select(c => c.Seq).ToArray());
        var seqs = changes.Select(c => c.Seq).ToHashSet();
        _pending.RemoveAll(p => seqs.Contains(p.Seq));
        Notify();
    }

    private void Notify() => Changed?.Invoke();

    public async ValueTask DisposeAsync()
    {
        _retry?.Cancel();
        _retry?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("unwatch", _self);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
            }
        }

        _self?.Dispose();
    }

    private sealed record ResidentRequest(string Code)
    {
        public List<string>? Tracers { get; set; }

        public Dictionary<string, JsonElement>? Answers { get; set; }
    }
}

/// <summary>The kinds of change the outbox keeps.</summary>
public static class ChangeKind
{
    public const string Answer = "answer";
    public const string AddResident = "add-resident";
    public const string RemoveResident = "remove-resident";
    public const string Tracers = "tracers";
    public const string ResidentAnswer = "resident-answer";
    public const string Census = "census";
    public const string Photo = "photo";
}

/// <summary>What the outbox keeps of a photo besides its bytes (the <see cref="PendingChange.Value"/> of a photo).</summary>
public sealed record PhotoDescription(string FileName, string ContentType, long Size);

/// <summary>One change kept on the device: <see cref="Value"/> is the JSON value (null clears).</summary>
public sealed record PendingChange(long Seq, Guid Inspection, string Kind, string? Resident, string? Key, string? Value);

/// <summary>An answer this device changed that someone else saved differently first: both values, for the user to choose.</summary>
public sealed record Conflict(Guid Inspection, string Kind, string? Resident, string Key, string? Mine, string? Theirs);
