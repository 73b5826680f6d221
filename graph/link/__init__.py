"""Cross-plan linking: which child statement carries down which parent statement (IMPLEMENTS) and
which indicators measure the same thing (ALIGNS_WITH). Runs after a write, over store reads."""
