"""The Slack app: Bolt listeners by kind, Block Kit builders, and the steps they share.

``bot.slack.app`` builds the Bolt ``AsyncApp`` and mounts it on the shared
server; importing this package alone loads nothing from Bolt.
"""
