"""The supervision year: what needs attention (coverage, follow-ups that come due), and
the periods people report in."""
