"""The project's own Scrapy signals (``crawler.signals.connect(handler, signal=write_failed)``).

Signals keep the writers (feed storage, manifest, state store) apart from the run guard that
decides what a failure means: a writer only says what failed, the guard stops the run.
"""

from __future__ import annotations

#: A write of the run failed. Arguments: ``path`` (pathlib.Path of the file that could not be
#: written) and ``error`` (the OSError, or a crawler.state.StateError). Sent at every failure;
#: the run guard acts on the first.
write_failed = object()

#: The run guard has stopped the run on purpose. Argument: ``reason`` (the finish reason:
#: "already_running", "write_failed", "state_unusable"). Feed storages discard their staging
#: file instead of publishing it: a run that failed leaves no file with a manifest that lies.
run_aborted = object()
