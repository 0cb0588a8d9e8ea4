"""``python -m bot``: the same command as ``empathy-coach``."""

from bot.cli import main

raise SystemExit(main())
