// Draws each indicator table of the dashboard as a bar chart (Chart.js): activities per period, one
// bar per strategic priority. The table stays the accessible source of the figures.
(function () {
	'use strict';
	if (typeof Chart === 'undefined') {
		return;
	}
	var colours = ['#26374a', '#b35900', '#1e5b2a', '#6a1b9a'];
	document.querySelectorAll('canvas.indicator-chart').forEach(function (canvas) {
		var table = document.getElementById(canvas.getAttribute('data-table'));
		if (!table) {
			return;
		}
		var periods = [];
		var byPriority = {};
		table.querySelectorAll('tbody tr').forEach(function (row) {
			var period = row.getAttribute('data-period');
			var priority = row.getAttribute('data-priority');
			if (periods.indexOf(period) < 0) {
				periods.push(period);
			}
			byPriority[priority] = byPriority[priority] || {};
			byPriority[priority][period] = Number(row.querySelector('.activities').textContent);
		});
		var datasets = Object.keys(byPriority).sort().map(function (priority, i) {
			return {
				label: canvas.getAttribute('data-label-priority') + ' ' + priority,
				backgroundColor: colours[i % colours.length],
				data: periods.map(function (period) { return byPriority[priority][period] || 0; })
			};
		});
		new Chart(canvas, {
			type: 'bar',
			data: { labels: periods, datasets: datasets },
			options: {
				animation: false,
				responsive: false,
				scales: {
					x: { title: { display: true, text: canvas.getAttribute('data-label-period') } },
					y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: canvas.getAttribute('data-label-activities') } }
				}
			}
		});
	});
})();
