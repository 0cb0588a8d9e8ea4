"""Reply checks: read a draft against the customer's message, find what a lead would point at, rewrite it."""
