"""Every answer composed from store reads — lookup, quote attribution, neighbourhood, trace, coverage,
indicator comparison, plan tree — the same on every store. The API, the views and the CLI call these;
none of them walks the graph on its own."""
