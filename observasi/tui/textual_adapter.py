"""The one place that reaches into Textual where it offers no public hook (written for Textual 8;
``pyproject.toml`` bounds the major version to 8 for this module's sake).

Three needs, each without a public API in Textual 8:

* **Binding descriptions in the display language.** A binding's description is fixed where ``BINDINGS`` is
  declared; Textual offers no way to give one node's bindings other descriptions (``App.set_keymap`` changes
  keys only). Each node gets a copy of its class's merged bindings with translated descriptions:
  :func:`class_bindings` and :func:`set_bindings`.
* **A node's own bindings, looked up now.** Keys typed faster than Textual's round trip through the app went
  astray (see :func:`observasi.tui.keys.run_own_binding`), so a widget runs the binding it holds for a key
  itself: :func:`own_bindings`. Keys known only at run time (a form's tally keys) are added to the same map.
* **Textual's own widgets in the display language.** The Select's menu and the command palette bring English key
  descriptions ("esc Dismiss menu"): :func:`retitle_class_bindings` on :func:`textual_keyed_widgets`.
* **One option of a list drawn anew, not every one.** ``OptionList.replace_option_prompt`` forgets the drawing
  of every option and where each line is: on the live screen every score key drew the whole indicator list
  again. :func:`replace_one_prompt`; and how many lines a text takes, to know whether a change needs a layout:
  :func:`lines_of`.
* **Keys typed before a screen can take them.** Textual hands a key to the widget focused when the key arrives, or
  to the screen when nothing is focused yet; a key that reaches the app after the screen changed, or one a screen
  got before its field had the focus, was lost (``n`` and a teacher's name typed in one go left the name field
  empty): :class:`KeysFollowTheScreen`. Keys typed after a Tab wait for it too (:mod:`~observasi.tui.focus_moves`).
  It also keeps a key typed before a question the program put up by itself (a sync's) from answering it, by the
  key's time on Textual's own clock (``textual._time``), and reads an Enter typed at the launch, which the
  terminal's line mode turned into a newline, as the Enter it was.
* **An unexpected error that does not end the app.** Textual ends the app on any exception a handler raises
  (``App._handle_exception``); a principal in the middle of a lesson gets a notification instead, and the
  traceback goes to the error log: :class:`KeepRunningOnError`.
* **The command palette's "No matches found" in the display language.** Textual 8 writes the English words
  inside ``CommandPalette._start_no_matches_countdown``, with no attribute, message or hook to give others:
  :class:`SaidCommandPalette`. (If a new Textual renames any of these, this module is the one to change.)
"""

from __future__ import annotations

import dataclasses
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast
from weakref import WeakKeyDictionary, WeakSet

from rich.align import Align
from rich.text import Text
from textual import events
from textual._dispatch_key import dispatch_key
from textual._time import get_time  # the clock of a key's time (Message.time)
from textual.app import App
from textual.binding import BindingsMap
from textual.command import CommandList, CommandPalette
from textual.dom import DOMNode
from textual.screen import Screen
from textual.timer import Timer
from textual.visual import VisualType, visualize
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from observasi.tui.focus_moves import FocusMoves

if TYPE_CHECKING:
    from textual.css.styles import RulesMap


def class_bindings(node: DOMNode) -> BindingsMap | None:
    """The bindings *node*'s class declares, merged with its bases' (a fresh copy), or
    None when it declares none."""
    merged: BindingsMap | None = type(node)._merged_bindings
    return None if merged is None else merged.copy()


def set_bindings(node: DOMNode, bindings: BindingsMap) -> None:
    """Give *node* its own *bindings* (what its footer, the help and its keys use)."""
    node._bindings = bindings


def textual_keyed_widgets() -> dict[str, type[DOMNode]]:
    """Textual's own widgets whose key descriptions reach the footer in English: the
    Select's open menu ("esc Dismiss menu") and the command palette (the app's, which
    holds its own copy of the bindings Textual's declares)."""
    from textual.widgets._select import SelectOverlay

    return {"SelectOverlay": SelectOverlay, "CommandPalette": SaidCommandPalette}


class SaidCommandPalette(CommandPalette):
    """Textual's command palette, which says *no_matches* where Textual says "No matches
    found" (in English in an Indonesian app: the walk of round 10)."""

    def __init__(self, *args: Any, no_matches: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.no_matches = no_matches

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual 8.2's own method, with the words given: it adds the disabled option after
        # a short wait, for a search that found nothing (none for an empty one).
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(Align.center(Text(self.no_matches, style="not bold")), disabled=True, id=self._NO_MATCHES)
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


def retitle_class_bindings(cls: type[DOMNode], texts: Mapping[str, str], fallback: Callable[[str], str]) -> None:
    """Give the bindings *cls* declares new descriptions, by action (*texts*), or what
    *fallback* makes of the old one; every instance made afterwards copies them."""
    merged: BindingsMap | None = cls._merged_bindings
    if merged is None:
        return
    for key, items in merged.key_to_bindings.items():
        merged.key_to_bindings[key] = [
            dataclasses.replace(b, description=texts.get(b.action) or fallback(b.description)) for b in items
        ]


def own_bindings(node: DOMNode) -> BindingsMap:
    """The bindings *node* itself holds (its class's, translated, plus any bound at run time)."""
    return node._bindings


def replace_one_prompt(option_list: OptionList, option_id: str, prompt: VisualType) -> None:
    """Give the option *option_id* of *option_list* the new *prompt* and draw that option
    again, alone, when it takes as many lines as before: the other options' drawings and
    the place of every line stay. A prompt of another height moves the lines below it:
    then everything anew (Textual's replace_option_prompt)."""
    index = option_list.get_option_index(option_id)
    try:
        option = option_list.get_option_at_index(index)
        lines = option_list._line_cache
        height = lines.heights.get(index)
        option._set_prompt(prompt)
        if height is not None and _option_height(option_list, option) == height:
            cache = option_list._option_render_cache  # by (option, style, padding)
            for key in [key for key in tuple(cache.keys()) if key[0] is option]:
                cache.discard(key)
            option_list.refresh_lines(lines.index_to_line[index], height)
            return
    except AttributeError:  # a Textual whose insides moved: the public way below, slower
        pass
    option_list.replace_option_prompt_at_index(index, prompt)


def _option_height(option_list: OptionList, option: Option) -> int:
    """The lines *option* takes in *option_list* now (as OptionList._update_lines counts them)."""
    padding = option_list.get_component_styles("option-list--option").padding
    width = option_list.scrollable_content_region.width - option_list._get_left_gutter_width()
    return lines_of(option_list, option_list._get_visual(option), width - padding.width) + option._divider


def lines_of(widget: Widget, content: VisualType, width: int) -> int:
    """How many lines *content* takes in *widget* at *width* columns, as Textual counts
    them when it lays *widget* out (Widget.get_content_height; its rules, typed apart)."""
    return visualize(widget, content).get_height(cast("RulesMap", widget.styles), width)


class KeepRunningOnError(App[Any]):
    """An app that reports an unexpected error instead of ending.

    Tests (headless), ``--debug`` and a second failure while the first is being handled
    keep Textual's own behaviour: the real failure, the app ends."""

    def keep_running(self) -> bool:
        """Whether an unexpected error is reported and the app goes on (else Textual's way)."""
        return not self.is_headless and self._exception is None

    def report_unexpected(self, error: Exception) -> None:
        """Tell the user about *error* (and keep its traceback); the app goes on."""
        raise NotImplementedError

    def _handle_exception(self, error: Exception) -> None:
        if not self.keep_running():
            super()._handle_exception(error)
            return
        try:
            self.report_unexpected(error)
        except Exception:
            super()._handle_exception(error)


class KeysFollowTheScreen(App[Any]):
    """An app where keys typed at machine speed across a change of screen land on the screen they were typed for,
    in order.

    Two ways a key went astray: it arrived while the screen on top had not yet focused its first field (Textual
    gave it to the screen itself, which had no use for it), or it was handed to a widget of the screen that a key
    typed just before it was about to replace (the letters after ``n`` went to the home screen's button). Such
    keys are held, and given to the screen on top once its focus is set, in the order typed."""

    # Seconds keys wait, once the screen on top is mounted, for it to focus something: then
    # they go to it anyway. (However long a screen takes to be mounted -- a first import on
    # a slow laptop -- is not counted: a second counted from the key lost the keys then.)
    HOLD_LIMIT = 1.0
    # However the screen on top fares (one that never mounts: an error shown as a toast),
    # held keys go on after this many seconds: ctrl+q is never held for ever.
    HOLD_CAP = 5.0
    HOLD_CHECK_EVERY = 0.01  # seconds between looks whether the screen on top is ready
    _REMEMBERED = 256  # keys whose screen is remembered until they come back (most never do)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held_keys: deque[events.Key] = deque()
        self._held_since = 0.0
        self._first_held = 0.0
        self._returned = 0  # keys at the front of the held ones that came back (typed before them)
        self._hold_timer: Timer | None = None
        # (The key is kept so that its id is not reused while it is here.)
        # id(key) -> (key, the screen on top and its focused widget when it was handed on).
        self._typed_on: OrderedDict[int, tuple[events.Key, Screen[Any], Widget | None]] = OrderedDict()
        self._settling_screens: WeakSet[Screen[Any]] = WeakSet()
        self._settled_screens: WeakSet[Screen[Any]] = WeakSet()
        # Screens the program put on top, not a key (a sync's question) -> when (get_time).
        self._unbidden: WeakKeyDictionary[Screen[Any], float] = WeakKeyDictionary()
        # Keys typed before such a screen came, kept for the screen under it (in order).
        self._held_below: deque[events.Key] = deque()
        self._below_timer: Timer | None = None
        self._starting = True  # no screen of the app has been ready for keys yet
        self._focus_moves = FocusMoves(self, self._release_keys)  # Tab & co. (in its module)

    def push_unbidden(self, screen: Screen[Any], callback: Callable[[Any], None] | None = None) -> None:
        """Put *screen* on top for the program, not for a key the user typed (a question a
        sync asks). A key typed before it came never reaches it -- a digit typed for the
        lesson must not answer its question --: such keys wait, in order, and go to the
        screen they were typed for once it is gone."""
        self._unbidden[screen] = get_time()
        self.push_screen(screen, callback)

    def _came_after(self, key: events.Key) -> bool:
        """Whether the screen on top is one the program put there after *key* was typed."""
        pushed = self._unbidden.get(self.screen)
        return pushed is not None and key.time < pushed

    def _hold_below(self, key: events.Key) -> None:
        self._held_below.append(_again(key))
        if self._below_timer is None:
            self._below_timer = self.set_interval(self.HOLD_CHECK_EVERY, self._release_below)

    def _release_below(self) -> None:
        """The program's screen is gone: the keys typed before it go on as typed."""
        if self._held_below and self._came_after(self._held_below[0]):
            return
        if self._below_timer is not None:
            self._below_timer.stop()
            self._below_timer = None
        while self._held_below:
            self._hold(self._held_below.popleft())

    def screen_takes_keys(self) -> bool:
        """Whether the screen on top is ready for keys: mounted, and the focus its on_mount
        asked for (a call queued on the app) set -- before that, Textual's automatic focus
        may hold its scrolling body --, and its focus set or nothing to focus."""
        if len(self.screen_stack) <= 1:
            return False  # Textual's default screen, before the app's first one
        screen = self.screen
        if screen not in self._settled_screens:
            if screen.is_mounted and screen not in self._settling_screens:
                self._settling_screens.add(screen)
                self.call_later(self._settle, screen)  # behind that call
            return False
        if screen.focused is not None:
            return True
        return not any(w.can_focus for w in screen.walk_children(Widget))

    def _settle(self, screen: Screen[Any]) -> None:
        self._settled_screens.add(screen)
        self._starting = False

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded and event.key == "ctrl+j" and self._starting:
            # Typed as the app was launched, before Textual had the terminal: the terminal's
            # line mode (ICRNL) made that Enter a newline, read as ctrl+j (which nothing here
            # binds). Textual's driver keeps what was typed then (it sets the terminal's mode
            # with TCSANOW, no flush), so "n", a name and Enter typed at once all arrive.
            event = _again(event, "enter", "\r")
        if isinstance(event, events.Key) and not event.is_forwarded:
            if self._held_keys or self._focus_moves.pending() or not self.screen_takes_keys():
                self._hold(event)  # (held keys the program's question came after go below it)
                return
            if self._came_after(event):
                self._hold_below(event)
                return
            await self._hand_on(event)
            return
        await super().on_event(event)

    async def _hand_on(self, key: events.Key) -> None:
        self._remember_screen(key)
        target = self.focused or self.screen
        await super().on_event(key)
        self._focus_moves.follow(key, target)  # a Tab: the keys after it wait until it is done

    def _remember_screen(self, key: events.Key) -> None:
        self._typed_on[id(key)] = (key, self.screen, self.screen.focused)
        while len(self._typed_on) > self._REMEMBERED:
            self._typed_on.popitem(last=False)

    async def _on_key(self, event: events.Key) -> None:
        # A key no widget took, back at the app. Typed for a screen that has gone since
        # (or been covered): it is for the screen on top now.
        # (App's own _on_key, next in the MRO, would run the bindings again: stopped here.)
        event.prevent_default()
        remembered = self._typed_on.pop(id(event), None)
        if remembered is not None and remembered[1] is not self.screen and self._came_after(event):
            # Typed for a screen the program's question has covered since: not for the question.
            self._hold_below(event)
            return
        held_first = self._held_keys and not self._focus_moves.pending()  # (not the keys waiting for it: a Tab)
        if remembered is not None and (remembered[1] is not self.screen or held_first):
            # It was handed on before any key held now was typed: it goes before them.
            self._hold(event, returned=True)
            return
        if await self._check_bindings(event.key):
            return
        focused = self.screen.focused
        if remembered is not None and focused is not None and focused is not remembered[2] and event.is_printable:
            # A character no key of the widget it reached used, while a key before it moved
            # the focus (`/` on the home screen's button to the search box): the character
            # was typed for the widget that has the focus now.
            again = _again(event)
            self._remember_screen(again)
            focused._forward_event(again)  # as the app hands on a key (it is not a new one)
            return
        await dispatch_key(self, event)

    def _hold(self, key: events.Key, *, returned: bool = False) -> None:
        if not self._held_keys:
            self._held_since = self._first_held = time.monotonic()
            self._returned = 0
        fresh = _again(key)  # a fresh key: this one was handled
        if returned:  # in the order they were typed, before the keys held since
            self._held_keys.insert(self._returned, fresh)
            self._returned += 1
        else:
            self._held_keys.append(fresh)
        if self._hold_timer is None:
            self._hold_timer = self.set_interval(self.HOLD_CHECK_EVERY, self._release_keys)

    def _screen_coming(self) -> bool:
        """Whether the screen that is to take the keys is still on its way: the one on top
        not mounted yet, or none but Textual's default screen (the app is starting)."""
        return len(self.screen_stack) <= 1 or not self.screen.is_mounted

    async def _release_keys(self) -> None:
        while self._held_keys:
            if self._screen_coming():
                self._held_since = time.monotonic()  # the wait is counted from its mounting
            now = time.monotonic()
            waiting = now - self._held_since < self.HOLD_LIMIT and now - self._first_held < self.HOLD_CAP
            if (not self.screen_takes_keys() and waiting) or self._focus_moves.pending():  # (or a Tab on its way)
                if self._hold_timer is None:  # a key let go opened a screen at once: wait for it
                    self._held_since = time.monotonic()
                    self._hold_timer = self.set_interval(self.HOLD_CHECK_EVERY, self._release_keys)
                return
            if self._hold_timer is not None:
                self._hold_timer.stop()
                self._hold_timer = None
            key = self._held_keys.popleft()
            self._returned = max(0, self._returned - 1)
            if self._came_after(key):
                self._hold_below(key)
                continue
            await self._hand_on(key)


def _again(key: events.Key, name: str | None = None, character: str | None = None) -> events.Key:
    """A fresh copy of *key* (one already handled is not handed on again), typed when it
    was; given *name* and *character*, as that key instead."""
    fresh = events.Key(name or key.key, character if name else key.character)
    fresh.time = key.time
    return fresh


def push_unbidden(app: App[Any], screen: Screen[Any], callback: Callable[[Any], None] | None = None) -> None:
    """:meth:`KeysFollowTheScreen.push_unbidden` on the app's screens (a plain push in an
    app without it: a test's host app)."""
    if isinstance(app, KeysFollowTheScreen):
        app.push_unbidden(screen, callback)
    else:
        app.push_screen(screen, callback)


def withdraw_toast(app: App[Any], message: str | None) -> bool:
    """Take back the toasts saying *message*, leaving every other toast (an error's, a
    warning's) in view to be read; whether one was up. Textual has no public way to
    remove one toast: ``clear_notifications`` removes them all."""
    if not message:
        return False
    said = [notification for notification in app._notifications if notification.message == message]
    for notification in said:
        app._unnotify(notification, refresh=False)
    if said:
        app._refresh_notifications()
    return bool(said)
