import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conciliazione.settings.production")

application = get_wsgi_application()

# What loading the project created (~250,000 objects: modules, models, URL patterns) lives
# as long as the worker. Frozen, it is left out of the garbage collector's full passes,
# which otherwise walked it all: a long pause every few hundred catalogue requests
# (bench/RESULTS.md).
gc.freeze()
