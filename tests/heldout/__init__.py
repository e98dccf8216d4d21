"""Held-out portal: not for tuning; see README."""
