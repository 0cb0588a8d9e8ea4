"""Microsoft Teams: the bot at ``POST /api/messages``, its Adaptive Cards, proactive messages, the app package.

Every import of the Bot Framework SDK (botbuilder, botframework) lives in this
package. That SDK is archived upstream, so moving to its successor touches only
this folder. ``bot.teams.app`` mounts the bot on the shared server; importing
this package alone loads nothing from the SDK, so building the app package
(``bot.teams.package``) doesn't either.
"""
