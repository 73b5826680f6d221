"""PlanGraph: Chinese government five-year plans across levels of government, as one graph."""

__version__ = "0.1.0"
