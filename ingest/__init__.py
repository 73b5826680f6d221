"""Reading plan documents: pure functions from text to typed records.

Nothing in this package knows about graphs or stores; every record keeps evidence that points at the
original text (file name, character span, quote), so an analyst can check each fact.
"""
