"""Settings shared by every environment. Everything deployment-specific is read
from the environment (twelve-factor); with nothing set the site runs on SQLite
with local files."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url

from search import backend_settings as search_settings

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "services_catalog",
    "goodpractices",
    "search",
    "opendata",
    "editorial",
    "django_tasks_db",
    "translations",
    "caching",
    "hardening",
    "operations",
    "csp",
    "bootstrap_italia_template",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.settings",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Wagtail's admin uses humanize's naturaltime («4 minuti fa»): installed for its translations.
    "django.contrib.humanize",
    "axes",
]

MIDDLEWARE = [
    "caching.pagecache.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "hardening.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "hardening.limits.RequestLimitsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "operations.outage.DatabaseUnavailableMiddleware",
    "search.availability.SearchUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "conciliazione.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "caching.fragments.fragment_cache",
            ],
        },
    },
]

WSGI_APPLICATION = "conciliazione.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    INSTALLED_APPS.append("django.contrib.postgres")
    # A database that accepts connections and never answers gives a 503 within seconds
    # instead of holding every worker: a connect timeout and a per-statement timeout
    # (DB_STATEMENT_TIMEOUT_MS=0 turns the latter off, e.g. for a long migration).
    DB_OPTIONS = DATABASES["default"].setdefault("OPTIONS", {})
    DB_OPTIONS.setdefault("connect_timeout", int(os.environ.get("DB_CONNECT_TIMEOUT", "3")))
    DB_STATEMENT_TIMEOUT = f"-c statement_timeout={int(os.environ.get('DB_STATEMENT_TIMEOUT_MS', '10000'))}"
    DB_OPTIONS["options"] = f"{DB_OPTIONS.get('options', '')} {DB_STATEMENT_TIMEOUT}".strip()
# The health check's own deadline (seconds): /healthz answers 503 past it.
HEALTH_CHECK_TIMEOUT = float(os.environ.get("HEALTH_CHECK_TIMEOUT", "1"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes write (the web workers, the import worker, the scheduler): a writer
    # takes the write lock when its transaction begins (IMMEDIATE) and waits for it up to
    # SQLITE_TIMEOUT seconds, instead of failing with «database is locked» when a read
    # transaction cannot be upgraded; WAL lets readers go on while one process writes.
    # See docs/background-jobs.md.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": int(os.environ.get("SQLITE_TIMEOUT", "20")),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Italian is the source language, English is served under /en/.
LANGUAGE_CODE = "it"
LANGUAGES = [("it", "Italiano"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Rome"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files browsers ask for at the site's root (/favicon.ico), served by whitenoise.
WHITENOISE_ROOT = BASE_DIR / "webroot"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Public media (images and their renditions) are served by conciliazione.media from
# MEDIA_ROOT, or, with MEDIA_S3_BUCKET set, kept in an S3-compatible bucket (django-storages)
# and served from it (docs/media.md). Editorial uploads that are never public (import files)
# live outside MEDIA_ROOT, in PRIVATE_UPLOADS_ROOT (editorial.uploads).
MEDIA_S3_BUCKET = os.environ.get("MEDIA_S3_BUCKET", "")
if MEDIA_S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": MEDIA_S3_BUCKET,
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "custom_domain": os.environ.get("MEDIA_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
PRIVATE_UPLOADS_ROOT = Path(os.environ.get("PRIVATE_UPLOADS_ROOT", BASE_DIR / "private"))

# Search (owned by the search app, see search/backend_settings.py): the database backend
# with Italian analysis (PostgreSQL text-search configuration, English pages with PostgreSQL's
# English one; Snowball stems on SQLite), Elasticsearch 8 with an Italian analyzer when
# ELASTICSEARCH_URL is set.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
WAGTAILSEARCH_BACKENDS = search_settings.search_backends(DATABASES["default"]["ENGINE"], os.environ)
SEARCH_OPERATOR = search_settings.SEARCH_OPERATOR
# Where a search that finds little points next (search.hints): the catalogue, the library,
# the company guide. Named here so that search imports none of their apps.
SEARCH_DESTINATIONS = [
    "services_catalog.ServiceIndexPage",
    "goodpractices.GoodPracticeIndexPage",
    "goodpractices.CompanyGuidePage",
]
WAGTAILSEARCH_HITS_MAX_AGE = int(os.environ.get("SEARCH_HITS_MAX_AGE_DAYS", "90"))
# Searches are counted in the worker's memory and written in one batch this often (search/hits.py).
# Query parameters that carry where the visitor came from (a sheet's way back to its list),
# not what the page shows: left out of the address a printout gives.
PRINT_ADDRESS_IGNORED_PARAMETERS = ["back"]
SEARCH_HITS_FLUSH_SECONDS = int(os.environ.get("SEARCH_HITS_FLUSH_SECONDS", "60"))

# Background tasks (django-tasks): Wagtail's own run immediately; service imports go to the
# "imports" backend, kept in the database and run by `manage.py db_worker --backend imports`
# (started by `make run`), so a large file never runs inside a web request and the admin
# shows its progress.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]},
}

# Cache: Redis when REDIS_URL is set, local memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "conciliazione"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")

WAGTAIL_SITE_NAME = "Conciliazione Lombardia"
# The public base URL: the default Wagtail Site follows it (home/site_url.py), and every
# absolute URL the site publishes (sitemap, hreflang, open data, feeds, DCAT, e-mails) uses it.
SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_BASE_URL)
if (_base_host := urlsplit(SITE_BASE_URL).hostname) and _base_host not in ALLOWED_HOSTS:
    ALLOWED_HOSTS.append(_base_host)
WAGTAILIMAGES_IMAGE_FORM_BASE = "editorial.images.AltTextRequiredImageForm"  # alt text is required
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "xlsx"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Seed content: each app contributes a loader; the project lists them in order.
SEED_LOADERS = [
    "home.seed.loader.load",
    "services_catalog.seed.load",
    "goodpractices.seed.load",
    "search.seed.load",
    "translations.seed.loader.load",
]

# Open data (opendata app): API listings are capped, every open-data endpoint is rate limited
# per client in the cache (see opendata/throttling.py).
WAGTAILAPI_LIMIT_MAX = 50
# Past this `offset` the API answers 400: paging that deep is a crawl, the CSV has it all.
# Their 400, 404 and 500 answers are JSON (conciliazione/errors.py); paths without language prefix.
JSON_ENDPOINT_PREFIXES = ["/api/", "/open-data/hsds/", "/cerca/suggerimenti/"]
OPENDATA_API_MAX_OFFSET = int(os.environ.get("OPENDATA_API_MAX_OFFSET", "100000"))
OPENDATA_RATE_LIMIT = os.environ.get("OPENDATA_RATE_LIMIT", "300/minute")
# Rate-limit counters (hardening.ratelimit) live in the cache every worker shares.
RATE_LIMIT_CACHE = "shared"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"client": {"()": "hardening.clients.ClientAddressFilter"}},
    "formatters": {"client": {"format": "%(levelname)s %(name)s [%(client)s] %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["client"], "formatter": "client"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# --- Caches (caching) and hardening (hardening) -----------------------------------------
# A cache shared by every worker of the machine (Redis when REDIS_URL is set, else files):
# an invalidation of the anonymous page cache must reach every worker.
if REDIS_URL:
    CACHES["shared"] = {**CACHES["default"], "KEY_PREFIX": CACHES["default"]["KEY_PREFIX"] + ":shared"}
else:
    CACHES["shared"] = {
        "BACKEND": "caching.filecache.FileCache",
        "LOCATION": os.environ.get("SHARED_CACHE_DIR", str(BASE_DIR / ".cache" / "shared")),
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }
# Image renditions: looked up once, then served from this cache (Wagtail uses the alias by name).
CACHES["renditions"] = {**CACHES["shared"], "TIMEOUT": 60 * 60 * 24 * 7}
if "KEY_PREFIX" in CACHES["renditions"]:
    CACHES["renditions"]["KEY_PREFIX"] = CACHES["default"]["KEY_PREFIX"] + ":renditions"
else:
    CACHES["renditions"]["KEY_PREFIX"] = "renditions"

# Anonymous page cache (caching.pagecache): seconds in the server cache, in browsers and,
# when a CDN is configured, in shared caches.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_ALIAS = "shared"
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_EXCLUDED_PATH_PREFIXES = ["/admin/", "/django-admin/", "/documents/", "/healthz"]
# Only URLs whose query parameters are all in this list are cached (in sorted order, one
# entry whatever the order): made-up parameters cannot fill the cache with copies of a page.
PAGE_CACHE_QUERY_PARAMETERS = {
    # site search, catalogue and library: text, type, sorting, page
    *("q", "tipo", "ordina", "page"),
    # the catalogue's and the library's filters are added by their apps
    # (caching.pagecache.cache_listing_parameters)
    # a service sheet: the catalogue list the visitor came from (services_catalog.back_link)
    "back",
}
# Template fragments shared by every page (menu, breadcrumbs, footer: caching.fragments), in
# the default cache, renewed with the page cache's generation; 0 renders them every time.
FRAGMENT_CACHE_TIMEOUT = int(os.environ.get("FRAGMENT_CACHE_TIMEOUT", str(PAGE_CACHE_TIMEOUT)))

# CDN purge on publish (wagtail.contrib.frontend_cache): an HTTP PURGE endpoint (Varnish,
# nginx) or Cloudflare, each only when its environment is set.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_BEARER_TOKEN") and os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    }
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "600")) if WAGTAILFRONTENDCACHE else 0

# Content-Security-Policy (django-csp, hardening.security): strict on the public site,
# relaxed for the Wagtail admin, whose own templates carry inline scripts and styles.
CSP_PUBLIC = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
CSP_ADMIN = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'", "https:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    # The page editor shows the live preview of a page in an iframe of its own origin.
    "frame-ancestors": ["'self'"],
}
CSP_ADMIN_PATH_PREFIXES = ["/admin/", "/django-admin/"]
CONTENT_SECURITY_POLICY = {"DIRECTIVES": CSP_PUBLIC}
# No avatars from gravatar.com: editors' e-mail hashes stay here, the admin loads nothing foreign.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Permissions-Policy (django-permissions-policy): features no page of the site uses are off.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": ["self"],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

# Request and upload limits: bodies (hardening.limits), form fields, images and documents.
MAX_REQUEST_BODY_SIZE = int(os.environ.get("MAX_REQUEST_BODY_MB", "100")) * 1024 * 1024
# Bulk import of services (editorial/importer/reader.py): upload size, rows, and for XLSX
# the limits that keep a small hostile file from taking the server's memory or time.
EDITORIAL_IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_MB", "10")) * 1024 * 1024
EDITORIAL_IMPORT_MAX_ROWS = int(os.environ.get("IMPORT_MAX_ROWS", "20000"))
EDITORIAL_IMPORT_MAX_CELL_CHARS = int(os.environ.get("IMPORT_MAX_CELL_CHARS", "10000"))
EDITORIAL_IMPORT_MAX_UNCOMPRESSED_BYTES = int(os.environ.get("IMPORT_MAX_UNCOMPRESSED_MB", "64")) * 1024 * 1024
EDITORIAL_IMPORT_MAX_ZIP_MEMBERS = int(os.environ.get("IMPORT_MAX_ZIP_MEMBERS", "200"))
EDITORIAL_IMPORT_MAX_SECONDS = int(os.environ.get("IMPORT_MAX_SECONDS", "30"))
MAX_QUERY_STRING_LENGTH = 32768  # gunicorn already refuses request lines over 4 KB
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024

# Admin login brute-force protection (django-axes): after AXES_FAILURE_LIMIT failures from
# one address, or for one user name, the login is refused for AXES_COOLOFF_TIME. Counters live
# in Redis when REDIS_URL is set (atomic, shared by every worker and machine), else in the
# database (axes refuses local-memory and file caches: they are per process or not atomic).
AUTHENTICATION_BACKENDS = [
    "hardening.auth.LoginAttemptsBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler" if REDIS_URL else "axes.handlers.database.AxesDatabaseHandler"
AXES_CACHE = "shared"
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15")))
# Locked out: an address after AXES_FAILURE_LIMIT failures on any accounts, and an account
# after as many failures from any addresses.
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "hardening/login_locked.html"
# How many reverse proxies in front of the site append to X-Forwarded-For (hardening.clients):
# 0 reads REMOTE_ADDR only. The login lockout, the rate limits and the logs use it.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "hardening.clients.client_address"

# Other guessing (hardening.guessing): POSTs of a protected page's password and of the admin's
# password-reset form, per client address and per page / e-mail address.
PAGE_PASSWORD_RATE_PER_ADDRESS = os.environ.get("PAGE_PASSWORD_RATE_PER_ADDRESS", "10/minute")
PAGE_PASSWORD_RATE_PER_PAGE = os.environ.get("PAGE_PASSWORD_RATE_PER_PAGE", "60/hour")
PASSWORD_RESET_RATE_PER_ADDRESS = os.environ.get("PASSWORD_RESET_RATE_PER_ADDRESS", "5/hour")
PASSWORD_RESET_RATE_PER_EMAIL = os.environ.get("PASSWORD_RESET_RATE_PER_EMAIL", "3/hour")
# Visitors' feedback (reports and page ratings, editorial.feedback): submissions per address,
# the two forms counted together (a rating with its comment is two).
FEEDBACK_RATE_PER_ADDRESS = os.environ.get("FEEDBACK_RATE_PER_ADDRESS", "20/hour")
# The API is public and read-only: no Basic authentication (a password-guessing channel)
# unless API_BASIC_AUTH is set; a signed-in editor's session still counts.
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"]
    + (["rest_framework.authentication.BasicAuthentication"] if env_bool("API_BASIC_AUTH", False) else []),
}
