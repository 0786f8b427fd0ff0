import sys

from tools.specdrift.cli import main

sys.exit(main())
