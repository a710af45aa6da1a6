"""What site chrome looks like, as patterns: prompts (in several languages), credits and captions,
bylines and datelines, counters, player notices, related-story markers and markup. The rules that use
them are in ``clutter``."""

from __future__ import annotations

import re

QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|‘[^‘’]*’")
WORD = re.compile(r"[A-Za-z0-9][\w'’&.-]*")


def words_of(text: str) -> list[str]:
    """The words of a line (letters and digits, apostrophes inside)."""
    return WORD.findall(text)

# Prompts and chrome, anywhere in a short paragraph: phrases reporting prose does not use.
PROMPTS = re.compile(
    r"\brelated (?:stories|articles|coverage)\b|\bread full article\b|\bfollow along\b|\bctrl\s*\+\s*enter\b"
    r"|\b(?:noticed|found|spot(?:ted)?) an? (?:error|mistake|typo)\b"
    r"|\bsign[ -]?up\b[^.]{0,80}\b(?:at|via) [\w-]+(?:\.[\w-]+)*\.(?:com|org|net)\b"
    r"|\byou(?:'re|’re| are) (?:currently )?viewing (?:a|an|the)\b[^.]{0,40}\bversion\b"
    r"|\byou (?:may|might) (?:also )?like\b|\balso read(?![a-z])|\bclick here\b|\bsign[ -]?up (?:for|to) (?:our|the|a free|free)\b"
    # a site's own news in general: "Stay up-to-date with …", "Don't miss out on essential news", "Read all articles by …",
    # a local site's "Find out what's happening in …"
    r"|\bstay up[- ]to[- ]date with\b|\bdon['’]?t miss out on\b|\bread all (?:articles|stories|posts) by\b|^find out what['’]s happening\b"
    r"|\b(?:our|free|daily|weekly|weekday)\b[^.]{0,40}\bnewsletter\b|\bnewsletter\b[^.]{0,60}\b(?:inbox|sign up|subscribe)"
    r"|\bsubscribe (?:to (?:our|us|the [\w ]{2,30} (?:channel|newsletter))|now|today|here)\b|\balready a subscriber\b"
    # a membership's offer, a newsletter's promise, a site theme's own notice: "Get access to everything we publish
    # when you join VeloNews", "We'll only be in touch when we've something exciting to share", "Theme License is not
    # validated"
    r"|^get (?:full |unlimited |complete )?access to (?:everything|all)\b[^.]{0,60}\b(?:join|subscribe|become a "
    r"member)\b"
    r"|^we(?:'|’)ll only (?:be in touch|email you|contact you)\b|\blicen[cs]e is not (?:validated|activated)\b"
    r"|\bof this article (?:is )?left to read\b|\bpreview shows (?:approximately |about )?\d+% of the article\b|^the rest (?:of (?:this|the) article )?is (?:for|reserved for) subscribers\b"

    r"|\bregister now\b|\bfree unlimited access\b|\bterms of (?:service|use)\b"
    r"|\bprivacy polic|\bcookie polic|\bfollow us\b|©|\bcopyright (?=©|\d{4}|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*\s*/)"
    r"|\ball rights reserved\b|\bplaceholder while\b|\bgift article\b|\bour standards\b|\btrust principles\b"
    r"|\bstream (?:it )?for free\b|\bwatch the latest\b|\bin the video above\b|\bhere are your\b|\berror occurred\b"
    r"|\bplease try again\b|\byour question\b|\b(?:use|fill in|fill out|complete|submit) this form\b"
    r"|\bsend (?:us|them) (?:via|by) email\b"
    # a comment box's and an empty listing's: "Be the first to comment", "No items found."
    r"|^be the first to comment\b|^no (?:items|posts|results|comments|events) (?:were )?found\b"
    # a link to the article in the site's other language: "Read the Faroese versions of this article here."
    r"|^read the [A-Z][a-z]+ versions? of this (?:article|story)\b"
    # "App users, tap here to watch video report.", "Buy subscriptions, t-shirts and more from our shop right here!",
    # "Send questions/comments to the editors.", "The i newsletter cut through the noise" (not a charity's "Make an
    # Online Donation": its page goes on to address the reader, and such a prompt would end the article there)
    r"|\btap here (?:to|for)\b|\bfrom our (?:online )?(?:shop|store)\b"
    # a comment section's rules ("Welcome to the discussion.", "Keep it clean. Please avoid …", "Be Nice. No racism
    # …"), its sign-in, a trade site's alerts, a newsroom's call for story ideas
    r"|^welcome to the discussion\W*$|^keep it clean\.\s+please avoid\b|^don['’]t threaten\.\s+threats\b"
    r"|^be truthful\.\s+don['’]t knowingly lie\b|^be nice\.\s+no racism\b|^be proactive\.\s+use the\b[^.]{0,20}\breport\b"
    r"|^share with us\.\s+we['’]d love to hear\b|\bsign in (?:or (?:get|create|register) an account )?to comment\b"
    r"|^(?:do not|don['’]t) miss (?:a|an|any)\b[^.]{0,40}\b(?:update|alert|story|news)\W*$|^stay ahead of the\b[^.]{0,40}$"
    r"|^if you have a (?:story|news) (?:idea|tip)\b"
    r"|^send (?:your )?(?:questions|comments|tips|letters)(?:\s*/\s*comments)?\b.{0,30}\bto the editors?\b"
    r"|^the [\w ]{1,20} newsletter\b[^.]{0,40}$"
    r"|\bnot responsible for the content of external\b|\bsave to read later\b|\bhead start on your day\b"
    r"|\bi agree to the\b|\bmarketing emails\b"
    r"|\bleave a (?:reply|comment)\b|\byour email address will not be published\b|\bexit mobile version\b"
    r"|\bsubmit your story\b|\bbecome our patron\b|\bget in front of tomorrow|^read now$|^start reading$"
    r"|\ball your news in one place\b|\bpremium titles\b|^one app\W*$|\bconnect with us\b|^find us$"
    r"|\bskip to (?:main )?content\b|\bback to top\b|\bread also\b|\bsimilar news\b|\bdistressing content\b"
    r"|\bviewers might find distressing\b|\bfeature is currently unavailable\b|\bthis was published \d+ \w+ ago\b"
    r"|\bthis is an archived article\b|\bbrowser does not support\b|\bclicking on the player\b|^click on the (?:video )?player\b|\bweekly summary of our latest\b|\bonly (?:a )?members? of this blog may post\b|\bfor being our subscriber\b|\bfree access to all (?:our )?articles\b"
    r"|\bother topics of interest\b|\bsite icon\b|\benlarge this image\b|\btoggle caption\b|\bshare this article"
    r"|\bjournalism for the curious\b|^>>|^contribute today\W*$|^support (?:us|up|the [\w ]{2,30})!?$"
    r"|^(?:key|latest|top) posts$|^exclusive$|^topic \||\bfollow the latest\b"
    r"|читати більше|читать (?:далее|также)|lire la suite|развернуть|weiterlesen|leggi anche|^abone ol$"
    # a form's hidden field, a page asking to be reloaded, an offer, a player's still and its length
    r"|\bthis field is for validation purposes\b|\brefresh the page\b|^check out\b.{0,60}\bhere\W*$"
    r"|\bvideo thumbnail\W*$|^s[üu]re\s*:\s*\d"
    # a cookie panel, a reprint's or a refiling's note
    r"|\b(?:necessary|functional|analytical|analytics|performance|advertisement|advertising|marketing|third-party|"
    r"essential|targeting) cookies\b|\bwe use cookies\b|\bno cookies to display\b|\bcookies (?:are used|are required)\b"
    r"|\baccept (?:all )?cookies\b|\bcookie (?:settings|preferences|consent)\b"
    r"|\bon patreon\b|^follow latest\s*:|^follow our socials?\b"
    r"|^read the full (?:article|story|report|interview)\b(?:.{0,60}\bhere| (?:in|on|at) (?:the )?[A-Z][^.!?]{0,60})\W*$"
    # a publishing platform's account and checkout notices ("You've successfully subscribed to …", "Great! Next,
    # complete checkout", "Billing info update failed."), a blog's closed comments, a bare cookie notice
    r"|\byou(?:'ve|’ve| have) successfully (?:subscribed|signed (?:in|up))\b|^great! next, complete checkout\b"
    r"|\bstripe checkout failed\b|^billing info update failed\b|^success! your (?:account|billing info)\b"
    r"|\btrackbacks and pingbacks are (?:open|closed)\b|\bboth comments and pings are currently closed\b"
    r"|^(?:this|our) (?:web ?)?site uses cookies\b"
    r"|^\(\(this\b.{0,40}\bstory (?:has been|was) (?:refiled|corrected|updated)\b"
    r"|^this (?:article|story) was (?:first |originally )?published (?:by|in|on)\b"
    # a paywall's or a reader's-feedback box, a picture's licence
    r"|\bhaving trouble retrieving\b|\bwhile we verify access\b|\bwant all of\b.{0,40}\bsubscribe\b"
    r"|\bavailable in full to subscribers\b|\bissues you(?:'ve|’ve| have) encountered\b|^get the best experience\b"
    r"|^buy now\s*(?:\||$)|\blicensed from\s*:"
    # a paywall's access offer, a theme's credit line, a comment section's count
    r"|^get instant access to\b|\bsubscribe as a group\b|\bmagazine theme for wordpress\b"
    r"|^\d+ (?:thoughts|comments|responses|replies) (?:on|to)\W*$|^\d+ (?:thoughts|responses) on\b"
    # a machine translation's notice, a player that failed, a sponsor's thanks, a pointer to another article
    r"|\btranslation is powered by\b|\bvideo has failed to load\b|^try refreshing your browser\W*(?:or)?\W*$"
    r"|\bother videos from our team\b|\bview larger image\b|\bthanks our sponsors\b|\bread in our article\W*$"
    # a wire's licence notice
    r"|^this (?:material|article|story|content)\b.{0,30}\bmay not be (?:published|reproduced|republished)\b"
    # a news app's follow prompt, a jobs box
    r"|\bon google news\W*$|\bbe notified by email\b|^find the best jobs\b"
    # a paywall's meter, an edition's redirect, a read-aloud offer, a warning over a story's pictures, a story's
    # state ("This article is a developing story")
    r"|^you have \S{0,6} ?articles? left\b|\bwould you like to be redirected\b|^yes, take me to the\b"
    r"|\bcan now listen to\b.{0,30}\barticles\b|^warning\s*:\s*(?:the )?(?:images|content|graphic|this (?:story|article))\b"
    r"|^this (?:breaking news )?(?:article|story) is (?:a developing story|being updated)\b"
    # a comment box's gate, a bookmarks box, a mobile page's switch, a player's keys, a page's like prompt, a
    # picture's machine-made description ("Image may contain Face Human Person")
    r"|\bmust be logged in to (?:post|leave) a comment\b|\byou haven['’]t (?:yet )?saved any bookmarks\b"
    r"|^go to (?:the )?full (?:site|version)\W*$|\bspace to play or pause\b|^play (?:the )?video\W*$"
    r"|\blike us on (?:facebook|twitter)\b|^related videos?\W*$|^image may contain\b|^may be an image of\b"
    # a local paper's and a news app's prompts, a rating widget, a summary's and a feed's labels, a copy guard
    r"|^to read more stories, download\b|^support local journalism\W*$|^register for free to read more\b"
    r"|^how (?:informative|useful|helpful) (?:is|was) this (?:news|article|story)\W*$|^ai[- ]summari[sz]ed text\W*$"
    r"|^read (?:the )?entire article\W*$|^error\s*:\s*content is protected\b|^in other news\s*:?\s*$"
    # an affiliate disclosure, a subscriber's wall, an edition in another language, a stream list, a paper's appeal
    r"|\bwe may (?:receive|earn|get) (?:an? )?(?:small )?(?:affiliate )?commissions?\b|\bavailable exclusively to subscribers\b"
    r"|\bthis (?:article|story|page) is also available in\b|\bscroll down to see all available streams\b"
    r"|^good journalism costs\b|^support [\w’' ]{2,40} journalism of integrity\b"
    # a machine translation's note (in any of its languages), an ad's label (also misspelt), a newsroom's plea, a
    # search box's help, a table of contents' label, a bare "Body" label, a paywall's gift offer, an inbox offer
    r"|\bautomatically translated\b|(?:сервісом|сервисом|by) google translate\b|\bgoogle translate servisi\b"
    r"|^(?:paid )?advertis?e?ment\W*$|^help us (?:amplify|keep|continue)\b|^support our (?:work|journalism|reporting)\W*$"
    r"|^body\W*$|\bgift \d+ articles\b|\b(?:delivered|sent) (?:straight |directly )?to your inbox\b"
    r"|\bhelp us (?:to )?keep our journalism\b|\bboolean search\b|^to search (?:specifically |for )"
    r"|^(?:table of )?contents\W*$"
    # a related list's bare label, a station's newsletter, a "read also" glued to its title, a series note
    r"|^related\s*:?\s*$|^stay up to date with\b|(?-i:^READ ALSO(?=[A-Z]))|^this is the \w+ (?:article )?in a series\b"
    # a comment section's rules and buttons, a paper's e-paper offer, a page's own note on what is not its article,
    # a pointer to a linked story or donation form ("You can read it here.", "Listen to the interview here.")
    r"|\breport this comment\b|\breport any comments\b|^comments\s*:\s*our rules\b|^we want our comments to be\b"
    r"|^(?:buy|read|get) (?:the|our|today's) e-?paper\b|\bis not part of the article\b"
    r"|^\W*you can (?:read|watch|hear|listen to) (?:it|them|the \w+(?: \w+)?) here\b"
    r"|^\W*(?:listen|watch) to (?:the|this|our|a) [\w -]{2,40}\bhere\W*$|^\W*you can learn more\b.{0,60}\bhere\W*$"
    # a page's metadata ("time:2023-06-09 06:12:33source:NBC News"), a newsroom's dateline with its hour
    r"|^time\s*:\s*\d{4}-\d\d-\d\d\b|^[\w .&-]{2,30}\bnewsroom, [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\s*/\s*\d{1,2}:\d\d\b"
    # a browser warning, a gallery's button, a web archive's snapshot notice, a letters box, a magazine's PDF offer,
    # a reprint's note, a lone form label
    r"|^(?:ie|internet explorer) \d+ is not supported\b|\bfor an optimal experience\b|^view all (?:images|photos|pictures)\W*$"
    r"|\bis currently offline\b.{0,80}\balways online\b|\bsnapshot of this (?:web ?)?page\b"
    r"|^have a comment on this (?:story|article)\b|\bwrite to the editors?\b.{0,40}\binclude your\b"
    r"|^read (?:the )?article in the (?:fully )?formatted pdf\b"
    r"|^the following (?:article|story|piece) (?:has been|was|is) reproduced\b|^about the authors?\s*:?\s*$"
    r"|^(?:name|e-?mail(?: address)?|phone(?: number)?|your message|website)\s*\*?\s*:\s*\*?$"
    r"|^to refresh the (?:security|captcha|verification) code\b|^enter the (?:security )?code here\W*$"
    # a page's error notice, a prompt to subscribe after a question, a site search's button, a broadcast's note
    r"|^something went wrong (?:with (?:processing )?(?:the|your) request|while|please)\b|^something went wrong\W*$"
    r"|^enjoy(?:ing)? (?:what you(?:'re|’re| are) reading|this (?:article|story|post))\?|\bsubscribe for more\W*$"
    r"|^(?:open|close) (?:this |the )?search (?:box|bar|form|field)\W*$|^other (?:news|stories|articles)\s*:?$"
    r"|^this (?:interview|segment|conversation|story|report|piece) (?:first |originally )?(?:aired|was broadcast) on "
    r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\b)(?-i:[A-Z])[^!?]{1,160}$",
    re.IGNORECASE)
# A paywall's offer in a short line: "$19.90 per year, save $14.90", "30-days free access, then $2.90", "You can
# cancel anytime" (prose pays "$300 a month" in a sentence of its own).
OFFER = re.compile(r"\$\d+(?:[.,]\d\d)? ?(?:per|a|/) ?(?:year|month|week)\b|\bcancel (?:at )?any ?time\b"
                   r"|\bfree access,? then\b|^annual access\b|\bbest value\W*$", re.IGNORECASE)
# The site asking its reader to stay or to support it: "stay tuned to our channel", "Thanks for reading", "As a
# nonprofit newsroom, we depend on your support" (a prompt only where no one is reported saying it: a text that
# lost its quote marks has "We depend on your support, the director said."). A paywall's "N% of this article
# left to read" is in PROMPTS.
READER_APPEALS = re.compile(
    r"\bstay (?:tuned (?:to|for) (?:our|us)\b|with us\b)|\bthanks? (?:you )?for (?:being with us|reading)\b"
    r"|\bwe (?:depend|rely) on (?:your|our readers'?) support\b|^as an? (?:independent|nonprofit|non-profit)\b[\w ]{0,30}, we\b",
    re.IGNORECASE)
# Prompts that also occur in reporting prose ("concentrating more on the Donbas", "told to sign up for
# evacuation", "the ship is loading"): chrome only when they open the line.
PROMPT_OPENERS = re.compile(
    r"^\W*(?:read (?:(?:some |much )?more|full article|about our)\b|most read\b|more on\b|sign[ -]?up\b|subscri(?:be|ber|ption)\b"
    r"|newsletter\b|for subscribers\s*:|terms (?:and conditions|&)|follow [\w ]{0,40} on\b|share (?:this|on)\b|copyright (?:©|\(c\)|\d{4})|click here\b"
    r"|[\w ]{0,20}\bis loading\W*$|pay attention\s*:|now you can listen to\b|click to (?:play|watch)\b|see also\s*[.:])",
    re.IGNORECASE)
# A donation appeal opens with one of these; the paragraphs after it that address the reader belong to it.
APPEAL = re.compile(
    r"^(?:(?:dear )?readers\W*|a message from [\w .]{2,40}:?|…? ?we have a small favou?r to ask\b.*"
    r"|your (?:support|donation)s? (?:helps?|allows?|makes?)\b.*|.*\bour journalism is banned\b.*"
    r"|enjoying ad-free content\?)$", re.IGNORECASE)
ADDRESSES_READER = re.compile(r"\b(?:we|our|us|you|your)\b", re.IGNORECASE)
# Page furniture that counts: views, reading time.
# A line of relative time stamps and the counts beside them, nothing else: "1 month ago 352 Last updated: 1 hour
# ago", "2 days ago · 1,204 views" (an article's sentence says what happened then).
RELATIVE_STAMPS = re.compile(r"(?i)(?:\W*(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\s+ago"
                             r"|\d[\d,.]*k?(?:\s+(?:views?|reads?|comments?|shares?|likes?))?"
                             r"|(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?\s*:?))+\W*")
COUNTER = re.compile(r"^\W*\d[\d,. ]*\s*(?:views?|reads?|comments?|shares?|photos|pictures|images|slides)\W*$|\breading time:?\s*\d+\s*min"
                     r"|\b\d+\s*min(?:ute)?s? read\b", re.IGNORECASE)
# Bylines and datelines beyond "By Name": "Name — Tuesday, 8 October 2024, 01:17", "by | Nov 17, 2022 |",
# "Published on Updated", "From: Name", "Kyiv • UNN", "Sooke, B.C. -".
BYLINE_LINE = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}\s*[—–|•-]\s*(?:\w+day,\s*)?\d{1,2} [A-Z][a-z]+,? \d{4}(?:,?\s*\d{1,2}[:.]\d{2})?"
    r"|^by \||^(?:(?:published|posted|updated)(?: on)?\W*)+$|^from: [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}$"
    # "By Thomson Reuters Aug 29, 2022 | 8:19 AM", "Text and photographs by Joel Gunter", "in Kharkiv, Ukraine" below it
    r"|^by [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3},?\s+(?:[A-Z][a-z]{2,8}\.? \d{1,2}\b|\d{1,2} [A-Z][a-z]{2,8}\b)"
    r"|^(?:text|words|photos?|photographs?|pictures?|video|reporting)(?:,? and (?:text|words|photos?|photographs?|pictures?|"
    r"video|reporting))? by [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}(?:,? in [A-Z][\w'’-]+(?:, [A-Z][\w'’-]+)?)?$|(?-i:^in [A-Z][\w'’-]+(?:,? [A-Z][\w'’-]+){0,2}$)"
    r"|^(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})\b.{0,40}\b\d[\d,.]*k? views?$"
    # "By AFP and Entorno |", "–IANS", "Bürgenstock, Switzerland:" (a dateline on a line of its own)
    r"|^[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4},? \d{1,2}:\d\d\s*[ap]\.?m\.?\s*\|\s*updated\b"
    r"|^submitted by \S+(?: \S+){0,3} on [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\b"
    # "Written by YGTV Team on 07 June 2022 .", "by Raphael John-Lall (Trinidad Guardian)"
    r"|^written by \S+(?: \S+){0,3} on (?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})\s*\.?$"
    r"|(?-i:^[Bb]y [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3} \([A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4}\)$)"
    r"|^posted by \S+(?: \S+){0,3} on [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}(?:\s*[-–—|,]?\s*\d{1,2}:\d\d\s*[ap]\.?m\.?)?$"
    r"|^by [A-Z][\w&.]+(?: and [A-Z][\w&.]+)?\s*\|$|^[–—]\s*[A-Z]{2,6}$|(?-i:^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, [A-Z][\w'’-]+:$)"
    # "Published: Feb. 27, 2022 at 3:25 PM AKST|Updated: 22 hours ago"
    r"|^(?:published|posted)(?: on)?\s*:?\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})\b.{0,60}$"
    # "Author: Jane RoePublished 24th Feb 2023 Last updated 24th Feb 2023"
    r"|^author\s*:\s*(?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\s*(?:(?:last )?(?:published|updated)\b.*)?$"
    # "By Jane Roe - Lethbridge Herald on December 6, 2022.", "Jane Roe, Reporter"
    r"|(?-i:^By [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}\s+[—–-]\s+[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4})"
    r"(?: on [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?\.?$"
    r"|(?-i:^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}, (?:[A-Z][\w'’-]+ ){0,3}(?:Reporter|Writer|"
    r"Correspondent|Editor|Journalist|Photographer)$)"
    # "Apr 05, 2024 01:04PM ● By Jane Roe": a stamp, then the writer
    r"|(?-i:^[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4},? \d{1,2}:\d\d ?[AaPp]\.?[Mm]\.?\s*[●•|·–—-]\s*By [A-Z][\w'’.-]+"
    r"(?: [A-Z][\w'’.-]+){0,3}$)"
    r"|^date \d{4}-\d\d(?:-\d\d)?\b|^[A-Z][\w ]{1,30}\s+[•|]\s+[A-Z]{2,}$|^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?, [A-Z][\w.]*\s+[-–—]$"
    # "By Jane Roe, The Canadian Press on February 1, 2024.", "June 27, 2022 | By Jane Roe", "Author(s): Jane Roe.
    # Published on April 25, 2022.", a blog's "By admin , in news , at May 10, 2022", a magazine's "WORDS Jane Roe"
    r"|(?-i:^By [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}, (?:The )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4}"
    r" on [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\.?$)"
    r"|^(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8},? \d{4})\s*[|•·]\s*by [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}$"
    r"|^authors?\s*(?:\(s\))?\s*:\s*(?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})\.?\s*(?:(?:last )?(?:published|updated)(?: on)?"
    r" [A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}\.?)?$"
    r"|^by \w+\s*,\s*in [\w ]{1,30}\s*,\s*at [A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}(?:\s+tags:)?$"
    # "By Jane Roe, FP, 20/2/23 Feb 22, 2023 - 4:24:07 PM", "Article written by" (its name on the next line)
    r"|(?-i:^By [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}, [A-Z][\w&.]{1,20}, \d{1,2}/\d{1,2}/\d{2,4}\b.{0,40}$)"
    r"|^(?:article|story|post) written by:?$|^(?:co-)?(?:authored|written) by:?$|^written on\b.{0,40}\bposted in\b"
    r"|(?-i:^(?:WORDS|TEXT|PHOTOS?|PHOTOGRAPHY|PICTURES|INTERVIEW) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}$)"
    # a blog's reader comment under its writer's name: "Anonymous said...", "Jane Roe said…"
    r"|(?-i:^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3} said(?:\.\.\.|…)$)",
    re.IGNORECASE)
# A source line: a person it names is part of the article, an outlet it names is not.
SOURCE_LINE = re.compile(r"^(?:source|sources|sursa|джерело|источник|quelle|fuente|fonte|źródło|kaynak)\s*:\s*(?P<rest>.+)$",
                         re.IGNORECASE)
MARKUP = re.compile(r"^\[[a-z]+_[a-z_]+\b|:(?:max_bytes|strip_icc|format|quality)\(|\{\{\s*\w+\s*\}\}|\bclass=|</?[a-z][a-z0-9]*(?:\s[^<>]*)?>|\{[^{}]*:[^{}]*\}|[”\"]>$")
# An AP-style caption ends with the weekday and full date: "..., Thursday, Feb. 24, 2022."
CAPTION_TAIL = re.compile(r",\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s*[A-Z][a-z]{2,8}\.? \d{1,2}, "
                          r"\d{4}\.?$")
# A line that is only a person's or agency's name (a photo credit standing alone).
NAME_LINE = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}$")
# A pull quote (the whole paragraph in quote marks) and its signature on the line under it, the person and their
# role: "Jane Roe, dog handler".
PULL_QUOTE = re.compile(r"^\s*[“\"«][^“”\"«»]+[”\"»]\s*$")
NAME_AND_ROLE = re.compile(r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}, [A-Za-z][\w'’&/ -]{2,60}$")


def signs_pull_quote(line: str, before: str) -> bool:
    """The line is the name and role signing the pull quote above it."""
    return len(words_of(line)) <= 10 and bool(NAME_AND_ROLE.match(line) and PULL_QUOTE.match(before))

# A quotation's attribution on a line of its own: "- wrote Sinegubov on Telegram.", "— Dobriak said."
DASH_ATTRIBUTION = re.compile(r"^[-–—]\s*(?:(?:said|wrote|says|added|noted|stressed|told)\b|[A-Z][\w'’-]+ (?:said|says|wrote)\b)")
# Whole-paragraph chrome: the paragraph is nothing but this.
# Credits, bylines and the like.
# A picture's giver on a line of its own: "Provided by Jane Roe", "Courtesy Example News Agency" (a credit, and the
# line above it the picture's caption).
PICTURE_GIVER = r"^(?:provided by|courtesy(?: of)?)\s+(?-i:[A-Z])[^.!?]{0,60}$"
CREDITS = re.compile(
    r"\bcontributed (?:to this report|reporting|from)\b|\bwith reporting by\b"
    r"|\bwith files from\b|\bwriting by\b|\bediting by\b|\badditional reporting\b|\breporting by\b"
    r"|\b(?:this|the) (?:report|story|article) (?:by [\w ]+ )?(?:was|has been) (?:first published|updated)\b"
    r"|^from [A-Z][\w]*'s [A-Z]|^source: |^sources?: \S+$|^(?:updated|published|posted):? "
    r"|\b(?:originally|first) (?:published|appeared) (?:by|in|on|at)\b|\b(?:was|were) (?:written|translated) (?:by|for) [A-Z]"
    r"|\(AP Photo\b|\bAP Photo/|\(video: |\bcredit: |\bgetty images\b"
    # a picture's label, also without a space or glued to the caption: "Picture: Bryan Meade", "(Photograph:Twitter)",
    # "...in CologneImage: Oliver Pieper/DW"
    r"|(?:^|[\s(\[])(?:photo(?:graph)?s?|pictures?|images?)\s*:\s*(?=\S)|(?-i:(?<=[a-z.])(?:Photo|Picture|Image|Photograph|Credit):\s)"
    # "This video grab taken and released on …", "… in a photo provided by …", "…/ Photo STR / AFP", "(2nd L)"
    r"|^this (?:video grab|handout (?:photo|picture|image)|(?:photo|picture|image|satellite image|screenshot)"
    r"(?: \w+)? (?:taken|released|provided|obtained))\b|\bin an? (?:photo|picture|image|video|handout) (?:provided|released|"
    r"distributed|taken) by\b|/ ?photo:? [A-Z]"
    r"|(?-i:\((?:\d(?:st|nd|rd|th) )?[LRC]\))"
    # an agency's credit in brackets on its own line, a group photo's order: "(PA wire)", "L to R: …"
    r"|^\((?:pa|ap|afp|reuters|epa|dpa)(?: wire| photos?)?\)\W*$|^(?:l to r|left to right|from left)\s*:"
    # a news desk and its city in brackets, the outlet's sign-off: "(YWN Israel Desk – Jerusalem)"
    r"|^\((?-i:[A-Z][\w'’.-]*)(?: [\w'’.-]+){0,3} desk\s*[–—-]\s*(?-i:[A-Z])[\w'’ .-]{1,30}\)\W*$"
    # a picture's maker by a handle and where it was posted: "Photo by vdovichenko_marusa / Instagram"
    r"|^(?:photo(?:graph)?s?|pictures?|images?) by [\w.@'’-]+(?: [\w.@'’-]+){0,3} ?/ ?[A-Z]"
    r"|\bREUTERS/|\(pictured\b|\bpictured:|\bimage caption\b|^(?:photo|picture) caption\b|\bPool Photo\b|\bstill image\b|(?:^|[.!?]\s+)supplied by\b"
    r"|(?-i:^(?!(?:He|She|They|We|I|It|This|That)\b)[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*(?:(?:,| and|, and) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)*)* (?:reported|wrote) from\b)"
    r"|(?:^|[.!?]\s+)t\.me/\S+$"
    r"|^file\s*[-–—] |^file photo\b|^\(?with inputs from (?:agencies|wires|pti|ians)\b|\bphoto caption\W*$|\bposes for a (?:photo|picture|portrait)\b"
    r"|\bstock photo\b|(?-i:\b[Cc]opyright [A-Z])|\((?:AP|AFP|Reuters|EPA|Getty Images)\)\s*$"
    r"|\((?:Reuters|AP|AFP|EPA)\s*:[^)]*\)\s*$|^filmed by\b|^camera icon|\bfor (?:NPR|AP|AFP|Reuters)$|/ ?TASS$"
    # (not a wire's sign-off of place and date: "(Colombo/Feb27/2022)")
    r"|\((?![^()]*(?:19|20)\d\d\))[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)* ?/ ?[A-Z][\w .'/-]+\)\s*$|[.!?”\"]\s+[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? ?/ ?[A-Z][^/]{0,60}$"
    # a photographer working for an outlet, a video's or photo's courtesy line, a caption labelled at its end:
    # "(Jane Roe for The Example Post)", "Video courtesy of Example TV.", "Power plant in the south - photo"
    r"|(?-i:\((?:[A-Z][\w.'’-]+ ){1,3}for (?:[Tt]he )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}\)\s*$)"
    # … or on a line of its own, "Jane Roe for The Example Times" (a name word ending in s could be a title-case
    # heading's verb: "Zelensky Calls for Talks")
    r"|(?-i:^[A-Z][\w.'’-]*[^\Ws](?: [A-Z][\w.'’-]*[^\Ws]){1,2} for (?:[Tt]he )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}$)"
    r"|^(?:photos?|videos?|images?|footage|pictures?)\s+(?:courtesy|credit)\b|\s[-–—]\s*(?:photo|picture|image|video)\s*$"
    # a credit after the caption's last sentence: "… Photo by AFP", "… Photo provided to the Post-Journal",
    # "… (Source: 1News)", "… (Courtesy of Jane Roe)", "… alive.' /CGTN", "… 8.Jane Roe/The Press", "[Jane Roe/Reuters]"
    r"|[.!?'’\"”]\s+(?:photo(?:graph)?s? (?:by|provided (?:to|by)|courtesy of) (?:the )?(?-i:[A-Z])|(?:Reuters|AP|AFP|EPA) photo\b)"
    r"|\((?:source|courtesy of|photo(?:graph)?|credit)\s*:?\s[^()]{1,60}\)\s*$|\(\s*(?:AP|AFP|Reuters|EPA)\s*/"
    r"|[.!?'’\"”]\s*/\s*(?-i:[A-Z])[\w.&'’ -]{1,40}$|(?<=[a-z0-9]\.)(?-i:[A-Z][\w'’-]+ [A-Z][\w'’-]+) ?/ ?(?-i:[A-Z])[^/]{0,60}$"
    r"|\[(?-i:[A-Z])[\w.'’ -]+/[^\]]*\]?$|\bcopyright:\s"
    # an agency's credit for a handout, a photographer's credit glued before the caption ("Jane Roe/For The Post People
    # lay flowers …")
    r"|\([^()]{0,60}\bvia (?:AP|AFP|Reuters|EPA|Getty Images)\)\s*$|(?-i:\b[A-Z][\w'’-]+/For (?:[Tt]he )?[A-Z])"
    # who is where in the picture: "(front row, right)", "(from left)", "(left to right)", "(L-R)", "Jane Roe, left, …",
    # "– 4th from left"
    r"|\((?:(?:front|back|second|third|top|bottom) row,? |(?:far|second|third|\d(?:st|nd|rd|th)) )?(?:from )?"
    r"(?:left|right|centre|center)(?: to right)?\)|(?-i:\(L-R\))"
    r"|(?-i:^(?:[A-Z][\w'’-]+ ){1,5}[A-Z][\w'’-]+), (?:left|right|centre|center|foreground|background), "
    r"|\s[-–—]\s(?:\d(?:st|nd|rd|th)|second|third) from (?:left|right)$"
    # a drawing's credit, a screenshot's description
    r"|^(?:cartoons?|illustrations?|graphics?|drawings?) by (?-i:[A-Z])|^screenshot of\b"
    # every picture's maker named once: "All photos credited to Jane Roe", "All images courtesy of …"
    r"|^all (?:the )?(?:photos|photographs|pictures|images)(?: are)? (?:credited to|courtesy(?: of)?|by)\s"
    # an outlet's photo credit in brackets ("(OSV News photo/Jane Roe, Reuters)"), a picture in brackets on a line
    # of its own ("(Screengrab of the appeal …)"), a caption's "Image collected" (a picture taken from elsewhere)
    r"|\([^()]{0,40}\bphoto ?/ ?(?-i:[A-Z])[^()]{0,60}\)\s*$|\((?-i:[A-Z])[\w.&'’-]*(?: [\w.&'’-]+){0,3} photos?\)\s*$|^\((?:screen ?grab|screenshot|video still|photo|image|picture)\b[^()]*\)$"
    r"|\b(?:images?|photos?|pictures?)\s*:?\s*collected\W*$"
    rf"|{PICTURE_GIVER}",
    re.IGNORECASE)
# A wire photo's caption marked as an archive picture or as the agency's pick of the day, however many sentences it
# has: "FILE – This satellite image …", "TOPSHOT – A man clears debris …"
FILE_PHOTO = re.compile(r"^(?:FILE|TOPSHOT)\s*[-–—]\s"
                        # a group photo's order opening its description, however long: "(From left to right) …",
                        # "From the left to the right: …", "Clockwise, from top left: …"
                        r"|^(?i:\(?(?:clockwise,?\s+)?(?:from\s+)?(?:the\s+)?(?:(?:top|bottom|front|back)(?:\s+row)?,?\s+)?"
                        r"(?:l|left|r|right)(?:\s*(?:to|-)\s*(?:the\s+)?(?:r|right|l|left))?\s*[:)])")
# Where people in a picture stand, anywhere in a short caption (FILE_PHOTO's group order above opens a long one):
# "Tetiana Roe (middle) takes part …", "Photo (l-r): …", "(second from left)".
PICTURE_POSITION = re.compile(r"\((?:(?:second |third |far |top |bottom )?(?:left|right|centre|center|middle)|L|R|C|pictured"
                              r"|(?:top|bottom|front|back)(?: (?:left|right|row))?|(?:second|third) from (?:left|right)"
                              r"|from (?:left|right)|l-r|L-R|l to r)\)")
# Credits in words reporting prose also uses ("weapons supplied by the West", "as she reported from Kyiv"):
# credits only in a short line.
SHORT_CREDITS = re.compile(r"\breported from\b|\bwrote from\b|\bsupplied by\b|\bvia reuters\b",
                           re.IGNORECASE)
# An embedded post's or a photo's source named alone: "Example Navy on Facebook"; a caption led by its credit,
# "Supplied Jane Roe and her parents at the wedding".
SOURCE_CREDIT = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:on|via) (?:Facebook|Twitter|X|Telegram|Instagram|YouTube|TikTok)"
                           r"\W*$|^Supplied\s+(?=[A-Z])")
DATE_ONLY = re.compile(
    r"^(?:(?:updated|published|posted):?\s*)?(?:\w+day,?\s+)?(?:\d{4}[/-]\d{1,2}[/-]\d{1,2}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? "
    r"\d{4})?|\d{1,2} [A-Z][a-z]{2,8},? \d{4})?[,\s]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE)
# A byline's names, a surname's particle in lower case too ("By Isabeau van Halm and Mengying Du").
_BYLINE_NAME = r"[A-Z][\w.'-]+(?: (?:(?:van|von|de|der|den|da|di|du|le|la|del|ter|ten) )*[A-Z][\w.'-]+)+"
BYLINE = re.compile(rf"^(?:[Bb]y|BY) {_BYLINE_NAME}(?:(?:,| and) {_BYLINE_NAME})*$")
TWEET = re.compile(r"[—–-] ?.{2,60}\(@\w+\) \w+ \d{1,2}, \d{4}$")
# "Jane Doe is a senior fellow at ..." closing an opinion piece.
AUTHOR_BIO = re.compile(
    r"^(?:Dr\.? |Prof\.? )?[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3} is (?:a |an |the )?[\w\s,&-]{0,80}?"
    r"\b(?:fellow|author|columnist|contributor|correspondent|editor|professor|president of|director of|analyst"
    r"|reporter|journalist)\b")
# Photo credit on its own line: "Charles Davis/Insider", "Alex Micsik /Pool Photo via AP".
CREDIT_LINE = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} ?/ ?[A-Z][\w .'/-]*$")
# Credit glued after a caption's last sentence: ". EPA", ". Getty Images", ". AFP via Getty Images", ". Kremlin"
TRAILING_CREDIT = re.compile(r"(?:[.!?”\"]\s+|(?<=[a-z][.!?]))((?:via )?[A-Z][\w.&'/-]*(?:[ /]+(?:via |and |of )?[A-Z][\w.&'/-]*){0,5})$")
PIPE_CREDIT = re.compile(r" \| [A-Z][\w.'-]+(?: [A-Z][\w.'-]+)* ?/")
PRONOUN_START = re.compile(r"^(?:their|they|it|its|he|she|his|her|we|i|our|this is|these are)\b", re.IGNORECASE)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
CAPTION_DATE = re.compile(rf"\bon (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?"
                           rf"(?:{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{{1,2}}\b")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTH_WORDS = rf"(?:{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
# A photo caption's closing place and date, wire style: "... in Kyiv, March 11, 2022." / "..., Russia, Monday,
# May 22, 2023." / "… in Canberra, 9 February 2022." (article prose dates a sentence with "on", not with a comma after a place).
# The country may stand between the place and the date without its comma, and the full stop may be lost at the
# end of the line: "... in Zaporizhzhia, Ukraine July 29, 2023". A weekday stands for the place only after ", on"
# ("…, western Ukraine, on Thursday, Feb. 23, 2023."), not in prose ("earlier on Monday, March 14, 2022").
CAPTION_DATELINE = re.compile(rf"\b(?:(?<=, on )|(?!(?:{_WEEKDAYS}),))[A-Z][\w.’'-]*,\s+(?:[A-Z][\w.’'-]*\s+)?(?:(?:{_WEEKDAYS}),\s+)?"
                              rf"(?:{_MONTH_WORDS}\.?\s+\d{{1,2}},\s+|\d{{1,2}}\s+{_MONTH_WORDS}\.?\s+)"
                              rf"\d{{4}}(?:\.|$)")
# A prompt naming where to read or follow the outlet: "Read in Google News!", "Follow us on Telegram",
# "Читай у Google News!".
PLATFORM_PROMPT = re.compile(
    r"^\W*(?i:read|follow|watch|listen|subscribe|join|find|get|читай(?:те)?|підписуйтесь|подписывайтесь|слідкуйте|"
    r"следите)(?:\s+[\w’']+){0,2}?\s+(?i:on|in|at|via|у|в|на)\s+[A-Z][\w+.]*(?:\s+[A-Z][\w+.]*)?\s*[!.]?$")
# An aggregator's trailer: "The post <title> appeared first on <site>.", "Posted in <section> and tagged , , .".
TRAILER = re.compile(r"^The post .{3,300}? appeared first on\b|^(?:This (?:entry|article) was )?[Pp]osted in\b.{1,120}?"
                     r"\band tagged\b")
# The site's disclaimer about itself or the article: "Disclosure: The owners of this website ...", "Please note:
# ... as journalists, we will ...", "An important disclaimer is at the bottom of this article." (an editor's
# note on the text, "Editor's note: names have been changed", is the article's).
DISCLAIMER = re.compile(r"^(?:legal\s+|important\s+)?(?:disclosure|disclaimer)\s*:"
                        # a syndicator's: "MENAFN provides the information “as is” without warranty of any kind"
                        r"|\bwithout warranty of any kind\b"
                        # a comment box's: "Comments on this story express the views of the commentator only"
                        r"|^comments on this (?:story|article|page) (?:express|reflect)\b"
                        r"|\b(?:do|does) not (?:accept|assume|bear) any (?:responsibility|liability)\b"
                        # "This summary has been generated by AI."
                        r"|^this (?:summary|article|text|story) (?:has been|was|is) (?:generated|written|produced) (?:by|with|"
                        r"using) (?:ai|artificial intelligence)\b"
                        r"|^please note\s*:(?=.*\b(?:we|our|us|this (?:website|site|article|page))\b)"
                        r"|\bdisclaimer\b.{0,60}\bthis (?:article|page|website|site)\b", re.IGNORECASE)
# A row of share buttons: "Twitter Facebook Reddit Pinterest Email".
SHARE_ROW = re.compile(r"^(?:(?:Twitter|Facebook|Reddit|Pinterest|Email|E-mail|WhatsApp|Telegram|LinkedIn|Viber|Print|"
                       r"Messenger|Flipboard|Copy link|X)\W*){3,}$", re.IGNORECASE)
# Where the report comes from, as a line of its own: "Radio Liberty reports this.", "Jeff Stein reports in the
# Washington Post:".
REPORTS_THIS = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){1,4}reports?(?: (?:this|it)\.?| (?:in|for) (?:the )?[A-Z][\w.'’ -]{1,40}:)$")
# A line of tags: "Tags: #izium #exhume", "Topics: war, Kyiv", or hashtags alone.
TAGS = re.compile(r"^(?:(?:tags?|topics?|keywords|теги|мітки)\s*:|(?:#[\w-]+[\s,]*){2,}$)", re.IGNORECASE)
# A media teaser: "Watch the moment a drone hits ...", "Listen: ..." (a line without end punctuation).
PLAYER = re.compile(r"^(?:[▶►]\s*)?(?:watch|listen|video|audio|gallery|click to (?:play|watch|listen))\b", re.IGNORECASE)
# A picture's description: "An image of a chain link.", "A photo of the destroyed bridge" (one with a verb
# of its own, "A photo of her son hangs above the table.", is reporting).
PICTURE_OF = re.compile(r"^(?:an? )?(?:image|photo|picture|illustration) of\b", re.IGNORECASE)
PICTURE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|went|hangs?|shows?|showed|sits?|stands?|lies|lay)\b")
# A photo credit in capitals glued before the paragraph it stood above: "MURAT YUKSELIR / THE GLOBE AND MAIL,
# SOURCE: GRAPHIC NEWS “One of the bodies ...".
LEADING_CREDIT = re.compile(r"^(?P<credit>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)* ?/ ?[A-Z][A-Z'’.&-]*"
                            r"(?:[ ,]+[A-Z][A-Z'’.&:-]*)*)\s+(?=[“\"]|[A-Z][a-z])")
# Page furniture that is a short line by itself (up to about eight words), matched whole: ad and paywall
# notices, app and channel prompts, section headers of lists of other stories, bylines and update stamps.
FURNITURE = re.compile(
    r"(?:like this|like loading|learn more(?: about [\w '’-]{2,50})?|advertisement\W+scroll to continue|(?:story|article) continues(?: below)?(?: advertisement)?|continue reading"
    r"|(?:join|subscribe to|follow) (?:our|us on) [\w ]{2,25}(?:channel|page|group|community)|(?:log|sign) in"
    r"|(?:download|get) (?:our|the) (?:\w+ )?app|see also:?.*|more: .*|(?:image|media) (?:source|caption),.*"
    r"|scroll to top|transcript:?|also read(?:\s*:|(?=(?-i:[A-Z]))).{0,100}|discussion about this post|recent posts|top jobs(?: of the day)?"
    r"|most (?:popular|viewed|shared)|trending(?: now| stories)?|editor'?s? picks?|recommended(?: for you| stories| videos)?"
    r"|top stories|latest (?:news|stories|articles|videos)|more (?:stories|news|videos)|more from [\w &'’.]{2,30}"
    r"|tags|topics|keywords|(?:author|authors|written by|posted by|words by|story by|translated by|edited by)\s*:?\s+"
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}|last updated\b.*|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?)\s+ago"
    r"|comments?\s*(?:\(\d+\)|[/:|]\s*\d+)|send us your [\w ]{2,20}|got a (?:story|news tip|tip)\b.*|email us\b.*"
    r"|support (?:(?:independent|our|quality|local),? )+journalism|donate(?: now| today)?|become a (?:member|supporter|subscriber)"
    r"|illustrative (?:photo|image|picture)\b.*|\(?picture: [^)]{2,40}\)?|[A-Z]{3,}(?: [A-Z]{3,})?\s*[-–—]"
    # the page's own controls: a comment box, a text-size switch, a site search, a live blog's index, an
    # embed's address, a transcript's link ("Loading comments...", "Search for the country site.")
    r"|loading(?: \w+){0,2}(?:\.\.\.|…)|comments (?:are|have been) (?:closed|disabled|turned off)|(?:text|font) size"
    r"|search(?: for)? (?:the |a |this |our )?(?:\w+ )?(?:site|website|archive)|key events"
    r"|(?:read|view|show|hide) the (?:full )?transcript|(?:tweet|post|embed) url|copy (?:link|url)"
    # an ad slot's switch, the platform or the curator of the page, a paywall's sign-in, a list's header
    r"|(?:(?:hide|show|skip|close) )?(?:ad|ads|advert|advertisement)|post a comment(?: \(\d+\))?(?:\s*(?:previous|older|newer|next) post){0,2}|(?:[\w ]{1,12} • )?continue reading(?: below)?|(?:powered|curated|presented) by [\w.]+(?: [\w.]+)?"
    r"|(?:top|bottom) of (?:the )?page|advertising(?: read more)?|article content|search the archive.*|original (?:interview|article|text|source|content)(?::.*)?|original (?:video|story|post) here|[-–—] advertisement [-–—]|author|full story|(?:international|foreign|world|news) desk|translate\s*»|this content was published on"
    r"|\d{1,2} min(?:ute)?s?(?: read)?"
    r"|kommentare(?: \(\d+\)| sind geschlossen)?|vaš komentar|rss feed generator.*"
    r"|already (?:subscribed|a member|registered)\W*(?:(?:sign|log) in)?|(?:people are )?also reading\W*"
    r"|(?:the )?news,? curated|(?:[\w-]+ ){0,3}live blog|(?:image|photo|picture|photograph|pic|video)s?\s*:"
    # a blog's own controls: "Previous Post Next Post"
    r"|(?:(?:previous|older|newer|next) post\s*){1,2}"
    # a picture's or an embed's controls, a link's label, an icon's title
    r"|view image in full screen|\[embedded content\]|read(?: the)? full story|read\s*:|shape created with sketch"
    r"|you (?:will|may|might) (?:also )?be interested(?: in)?|(?:the )?(?:story|article) continues below (?:the )?(?:video|ad|advert|advertisement)"
    # a station's live-stream switch, a list's promise of more
    r"|play live radio|listen live|check back (?:later |often |soon )?for (?:more )?updates(?: to this (?:list|story|article|page))?"
    # a list's or a field's label standing alone: "Others are reading now", "Source link", "Date:", "By:"
    r"|others are reading(?: now)?|source link|date\s*:|(?:issued|published|posted|updated)(?: on)?\s*:|by\s*:|keep reading\W*show less|our offices"
    # a comment box's and a contact page's links, a video's link, a picture's credit label
    r"|add (?:a )?(?:new )?comment|contact us|watch the video here|watch this story|more in (?:this )?section|[\w .'’-]{0,80}\.(?:jpe?g|png|gif|webp)"
    r"|(?:find|read|see|get) more (?:local )?(?:news|stories|coverage)(?: here)?|(?:image|photo|picture) credits?\s*:.{0,60}"
    # a picture's or a video's owner by its company name alone: "NBC Universal, Inc."
    r"|(?:[a-z][\w&'’.-]* ){0,3}[a-z][\w&'’.-]*,? inc\.)\W*",
    re.IGNORECASE)
