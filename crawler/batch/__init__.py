"""Many portals per process: a batch of portal crawls sharing one Scrapy process, and its shards.

A scheduled run over thousands of school portals is a many-hosts problem. Politeness holds each
portal to a couple of requests at a time with delays between them, so a portal alone keeps a CPU
core idle most of the time; throughput comes from crawling many portals at once. Here each
portal keeps its own ``Crawler`` (its own settings, scope, budgets, state rows, lock, feed file,
manifest, verdict and exit status: nothing changes per portal), and a batch runs many of them in
one process, at most ``PORTAL_BATCH_CONCURRENCY`` at a time, starting the next as one closes.

Modules, from the portal list to the summary:

``portals``
    The portal list as a stream of :class:`~crawler.batch.portals.PortalSpec` (a ``--urls`` file,
    the configs directory, names and URLs given on the command line), and the stable hash that
    cuts it into shards (worker processes, Scrapyd nodes).
``gate``
    Limits shared by every crawler of a process: downloads in flight in the whole process, and per
    host across portals that share a host.
``guard``
    A cap on the links of one page (``PORTAL_BATCH_MAX_PAGE_LINKS``): pages are read in the
    process's one reactor thread, and a page of thousands of links would hold up every portal.
``runner``
    The pool inside one process (``scrapy crawl batch``): streams specs, runs the crawlers,
    reports one result line per portal in the log.
``results``
    A portal's result (status, counts, failure line, exit status), the result line that carries
    it from a worker's or a Scrapyd job's log to the command that prints the summary.
``workers``
    ``python -m crawler crawl`` on one machine: one ``scrapy crawl batch`` process per CPU, each
    taking its shard of the list.
``scrapyd``
    ``python -m crawler crawl --scrapyd URL,…``: batches scheduled as Scrapyd jobs, each portal
    always on the same node (its state lives there), outcomes collected from the jobs' logs.
"""
