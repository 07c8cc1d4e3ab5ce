"""Renderers: each turns audit results into one output format; nothing else formats output."""
