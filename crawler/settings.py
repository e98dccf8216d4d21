"""Scrapy settings: polite by default, pipelines in order, atomic feeds, the state store.

Override any of these with ``-s NAME=VALUE``; the project's own settings are prefixed PORTAL_.
"""

from crawler import __version__

BOT_NAME = "portal_crawler"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.scrapy_commands"

# --- politeness ---------------------------------------------------------------------------------
#: Who we are and where to complain: portals' operators see this in their logs.
PORTAL_CONTACT_URL = "https://github.com/portal-crawler/portal-crawler"
USER_AGENT = f"portal-crawler/{__version__} (+{PORTAL_CONTACT_URL}; news archive crawler for school portals)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 0.5
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.5
COOKIES_ENABLED = True  # ASP.NET postbacks and some portals keep the pager in a session

# --- faults -------------------------------------------------------------------------------------
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
REDIRECT_MAX_TIMES = 20
DNS_TIMEOUT = 20

#: a page larger than this (bytes of HTML) is not read as an article, only for its links
PORTAL_MAX_ARTICLE_BYTES = 3_000_000

# --- the project's own crawl limits (trap control; none of them caps real articles) -----------
#: how many links away from a start URL a crawl walks through menus and sections
PORTAL_MAX_NAV_DEPTH = 4
#: a listing's pagination stops after this many pages in a row that bring no new article
PORTAL_MAX_UNPRODUCTIVE_PAGES = 2

# --- items --------------------------------------------------------------------------------------
ITEM_PIPELINES = {
    "crawler.pipelines.boilerplate.BoilerplatePipeline": 100,
    "crawler.pipelines.captions.CaptionsPipeline": 200,
    "crawler.pipelines.bylines.BylinesPipeline": 300,
    "crawler.pipelines.dates.DatesPipeline": 400,
    "crawler.pipelines.text.TextPipeline": 500,
    "crawler.pipelines.articles.DropNonArticlesPipeline": 600,
    "crawler.pipelines.dedup.DedupPipeline": 700,
    "crawler.pipelines.validate.ValidatePipeline": 800,
    "crawler.pipelines.state.StatePipeline": 900,
}

# --- feeds --------------------------------------------------------------------------------------
#: where runs write when no -o/-O is given: <dir>/<portal>/<YYYY>/<MM>/<run_id>.jsonl (+ manifest)
PORTAL_OUTPUT_DIR = "output"
FEED_STORAGES = {
    "": "crawler.feeds.storage.AtomicFileFeedStorage",
    "file": "crawler.feeds.storage.AtomicFileFeedStorage",
}
FEED_EXPORTERS = {
    "jsonlines": "crawler.feeds.jsonlines.OrderedJsonLinesExporter",
    "jsonl": "crawler.feeds.jsonlines.OrderedJsonLinesExporter",
    "jl": "crawler.feeds.jsonlines.OrderedJsonLinesExporter",
}
FEED_EXPORT_ENCODING = "utf-8"
FEED_STORE_EMPTY = True

# --- state (incremental runs) -------------------------------------------------------------------
STATE_PATH = "output/state/portal-crawler.sqlite3"
#: how many listing pages with nothing new an incremental run still reads (late insertions)
PORTAL_INCREMENTAL_EXTRA_PAGES = 1

DOWNLOADER_MIDDLEWARES = {
    # before robots.txt (100) and redirects (600): nothing outside the scope is ever fetched
    "crawler.middlewares.ScopeMiddleware": 50,
    # Scrapy's, with an unreachable robots.txt logged as one warning instead of a traceback
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.runguard.QuietRobotsTxtMiddleware": 100,
    # below the retries (550): sees each page's final outcome, for the dead-portal verdict
    "crawler.runguard.FetchOutcomeMiddleware": 540,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "crawler.middlewares.LoopAwareRedirectMiddleware": 600,
}
#: first wait before a retry (doubles each try) and its cap; a server's Retry-After wins, capped too
PORTAL_RETRY_BACKOFF_BASE = 0.5
PORTAL_RETRY_BACKOFF_MAX = 30.0
PORTAL_RETRY_AFTER_MAX = 60.0
#: robots.txt Crawl-delay is obeyed up to this many seconds
PORTAL_MAX_CRAWL_DELAY = 30.0
#: hosts besides the start URLs' (and the portal config's allowed_hosts) a crawl may enter
PORTAL_EXTRA_HOSTS: list[str] = []

#: a run in which more than this share of pages failed after retries (network errors, 5xx, 408,
#: 429) fails with finish reason too_many_failures and exit status 1; 1.0 turns the check off
PORTAL_MAX_FAILED_RATIO = 0.5

EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    # one run per portal, a run stopped at its first failed write, the exit status
    "crawler.runguard.RunGuard": 400,
    "crawler.extensions.RunManifest": 500,
    "crawler.middlewares.CrawlDelay": 510,
}

LOG_LEVEL = "INFO"
LOGSTATS_INTERVAL = 30.0
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_INDENT = None

# --- batches: many portals in one process (scrapy crawl batch, python -m crawler crawl) ---------
#: portals crawled at the same time by one batch process; each portal is a Crawler of its own
#: (0.5 MB and 36 ms of CPU of its own, bench/results/portals.md). A process is CPU-bound long
#: before 32 polite portals run out of work for it; more only costs memory
PORTAL_BATCH_CONCURRENCY = 32
#: downloads in flight in one batch process, all portals together (0: no cap); per host, a batch
#: allows CONCURRENT_REQUESTS_PER_DOMAIN across every portal that shares the host
PORTAL_BATCH_MAX_REQUESTS = 64
#: in a batch, an HTML page with more links is read up to that link (0: no cap): reading a page
#: holds up every portal of the process, and links are what makes it slow (crawler.batch.guard)
PORTAL_BATCH_MAX_PAGE_LINKS = 3000
#: seconds between a batch's progress lines (0: none)
PORTAL_BATCH_PROGRESS_INTERVAL = 5.0
#: a run checks the state file (SQLite quick_check, which reads every page of it) and sweeps the
#: partial files of dead runs (a walk of the whole output tree) when it starts; a batch does both
#: once for all its portals and turns these off for them
PORTAL_STATE_QUICK_CHECK = True
PORTAL_SWEEP_PARTIALS = True
#: Scrapy parses each callback's source (inspect.getsource + ast) to warn about generators that
#: return a value; its cache is keyed by bound methods and misses on every response, which cost
#: 16% of a 40-portal batch's CPU. The spiders here are checked by the tests instead.
WARN_ON_GENERATOR_RETURN_VALUE = False
