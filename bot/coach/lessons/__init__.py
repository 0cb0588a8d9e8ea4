"""Daily lessons: the curriculum, which lesson each agent needs next, when it is due, quiz reviews, streaks."""
