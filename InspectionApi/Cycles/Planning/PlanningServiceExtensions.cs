namespace Inspection.Api.Cycles.Planning;

/// <summary>Wires the planner, the correction reminders and the headquarters hook.</summary>
public static class PlanningServiceExtensions
{
    public static WebApplicationBuilder AddPlanning(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PlanningOptions>(builder.Configuration.GetSection(PlanningOptions.Section));
        builder.Services.AddScoped<CyclePlanner>();
        builder.Services.AddScoped<CorrectionReminders>();
        builder.Services.AddScoped<HeadquartersRefreshJob>();
        builder.Services.AddScoped<IHeadquartersRefresh, Comparison.WhatIf.ResponseSnapshotRefresh>();
        return builder;
    }
}
