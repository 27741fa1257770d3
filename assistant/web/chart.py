"""The homework chart across weeks, drawn by pygal as a standalone SVG.

pygal's own script (fetched from the web by default) is switched off: the chart is a
plain image, and the page's table below it says the same in words.
"""

from __future__ import annotations

from assistant.homework_weeks import Week


def weeks_chart(tasks: list[tuple[str, list[Week]]]) -> bytes:
    """Days done (and partly done) per week, one line per task."""
    import pygal
    from pygal.style import Style

    style = Style(
        background="#ffffff",
        plot_background="#ffffff",
        foreground="#1d2330",
        foreground_strong="#1d2330",
        foreground_subtle="#4a5263",
        font_family="DejaVu Sans, sans-serif",
        colors=("#1f5fa8", "#a3561b", "#2f7a2f", "#7a2f6e", "#555555", "#8a1c1c"),
    )
    chart = pygal.Line(
        style=style,
        js=[],  # no script from outside; the chart is shown as an <img>
        width=760,
        height=320,
        range=(0, 7),
        y_labels=list(range(8)),
        title="Days done each week",
        legend_at_bottom=True,
        disable_xml_declaration=False,
        truncate_legend=40,
    )
    weeks = tasks[0][1] if tasks else []
    chart.x_labels = [week.monday.strftime("%d %b") for week in weeks]
    for text, task_weeks in tasks:
        chart.add(text, [week.count("done") + 0.5 * week.count("partial") for week in task_weeks])
    svg: bytes = chart.render()  # pygal ships no types
    return svg
