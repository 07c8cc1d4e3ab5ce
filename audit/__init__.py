"""audit: a consistency auditor for the figures in Indonesian government performance reports."""

__version__ = "0.2.0"
