"""``python -m datadog_deployments.testing``: see :mod:`.cli`."""

import sys

from .cli import main

sys.exit(main())
