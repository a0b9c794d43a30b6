namespace Inspection.Web.Layout;

/// <summary>The interface's colours and type: the system's Noto fonts (Hebrew and Latin), contrast above WCAG AA.</summary>
public static class Theme
{
    public static MudBlazor.MudTheme Current { get; } = new()
    {
        PaletteLight = new MudBlazor.PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#7a4d00",
            AppbarBackground = "#1f4e79",
            Success = "#1b6e2a",
            Error = "#b00020",
            Warning = "#8a5300",
            Info = "#1f5f99",
            TextSecondary = "rgba(0,0,0,0.72)",
        },
        Typography = new MudBlazor.Typography
        {
            Default = new MudBlazor.DefaultTypography { FontFamily = ["Noto Sans", "Noto Sans Hebrew", "Arial", "sans-serif"] },
        },
    };
}
