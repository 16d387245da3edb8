import sys

from neuvo.cli import main

sys.exit(main())
