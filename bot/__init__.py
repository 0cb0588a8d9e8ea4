"""Empathy Coach: feedback on customer-service replies, in Slack, Microsoft Teams and the terminal."""
