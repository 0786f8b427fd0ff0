"""``python -m datadog_deployments``: the ``ddeploy`` command line."""

import sys

from .cli import main

sys.exit(main())
