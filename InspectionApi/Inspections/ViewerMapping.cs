using AutoMapper;

namespace Inspection.Api.Inspections;

/// <summary>Mapping with a <see cref="Viewer"/>: the profiles read it from the resolution context.</summary>
public static class ViewerMapping
{
    public static TDto Map<TDto>(this IMapper mapper, object source, Viewer viewer)
    {
        ArgumentNullException.ThrowIfNull(mapper);
        return mapper.Map<TDto>(source, o => o.Items[Viewer.Key] = viewer);
    }

    public static Viewer GetViewer(this ResolutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(Viewer.Key, out var viewer) && viewer is Viewer known
            ? known
            : throw new InvalidOperationException("this map needs a Viewer: use mapper.Map<TDto>(source, viewer)");
    }
}
