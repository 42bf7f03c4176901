// Statistics charts (Chart.js): each chart is drawn from the accessible table under it, so the chart and the table
// always show the same numbers and the data needs no inline script (the Content-Security-Policy forbids it).
(function () {
    "use strict";

    var palette = ["#0b5d4b", "#0a5a8c", "#b3541e", "#6b4c9a", "#8a6d00", "#a1284a", "#3d6b1f", "#5c5c5c", "#1f7a8c", "#7a3d1f"];

    function readTable(table) {
        var headings = Array.prototype.slice.call(table.querySelectorAll("thead th")).slice(1)
            .map(function (th) { return th.textContent.trim(); });
        var labels = [];
        var series = headings.map(function () { return []; });
        table.querySelectorAll("tbody tr").forEach(function (row) {
            labels.push(row.querySelector("th").textContent.trim());
            row.querySelectorAll("td").forEach(function (cell, index) {
                // A suppressed count ("<5") has no data-value: the chart leaves it out rather than draw a number.
                var value = cell.getAttribute("data-value");
                series[index].push(value === null || value === "" ? null : Number(value));
            });
        });
        return {headings: headings, labels: labels, series: series};
    }

    function draw(container) {
        var table = document.getElementById(container.getAttribute("data-table"));
        var canvas = container.querySelector("canvas");
        if (!table || !canvas || !window.Chart) {
            return;
        }
        var type = container.getAttribute("data-chart");
        var data = readTable(table);
        var rtl = document.documentElement.dir === "rtl";
        var single = data.series.length === 1;
        var datasets = data.series.map(function (values, index) {
            var colour = single && type === "doughnut" ? palette : palette[index % palette.length];
            return {label: data.headings[index], data: values, backgroundColor: colour, borderColor: single && type === "doughnut" ? "#fff" : colour};
        });
        new window.Chart(canvas, {
            type: type,
            data: {labels: data.labels, datasets: datasets},
            options: {
                maintainAspectRatio: false,
                animation: false,
                indexAxis: type === "bar" && data.labels.length > 12 ? "y" : "x",
                plugins: {
                    legend: {display: !single || type === "doughnut", rtl: rtl},
                    tooltip: {rtl: rtl}
                }
            }
        });
    }

    document.querySelectorAll("[data-chart]").forEach(draw);
})();
