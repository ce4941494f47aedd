#!/usr/bin/python3
"""A WebKitGTK browser for WebKitWebDriver with a persistent WebsiteDataManager.

MiniBrowser in automation mode always uses an ephemeral store (like Safari Private Browsing).
This one keeps IndexedDB, caches and service workers on disk, in the directory given by
--data-dir, so the tests can check what a normal Safari profile keeps. WebKitWebDriver starts it
(it is the `binary` of the session's browserOptions) and drives it over the remote inspector.
Test tool only: never part of the app.
"""
import argparse
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

NAME = "PosRescueWebKit"

parser = argparse.ArgumentParser()
parser.add_argument("--data-dir", required=True)
parser.add_argument("--automation", action="store_true")
parser.add_argument("--width", type=int, default=360)
parser.add_argument("--height", type=int, default=740)
args, _ = parser.parse_known_args()

manager = WebKit2.WebsiteDataManager(
    base_data_directory=args.data_dir + "/data",
    base_cache_directory=args.data_dir + "/cache",
)
context = WebKit2.WebContext(website_data_manager=manager)
context.set_automation_allowed(True)
windows = []


def closed(window):
    if window in windows:
        windows.remove(window)
    if not windows:
        Gtk.main_quit()


def new_view():
    view = WebKit2.WebView(web_context=context, is_controlled_by_automation=True)
    settings = view.get_settings()
    settings.set_enable_developer_extras(True)
    settings.set_javascript_can_open_windows_automatically(True)
    # Features Safari ships on that WebKitGTK ships off.
    features = WebKit2.Settings.get_all_features()
    for i in range(features.get_length()):
        feature = features.get(i)
        if feature.get_identifier() in ("StorageAPI", "StorageAPIEstimate"):
            settings.set_feature_enabled(feature, True)
    window = Gtk.Window()
    window.set_default_size(args.width, args.height)
    window.add(view)
    window.connect("destroy", lambda _w: closed(window))
    window.show_all()
    windows.append(window)
    return view


def on_automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name(NAME)
    info.set_version(2, 50, 6)
    session.set_application_info(info)
    session.connect("create-web-view", lambda _session: new_view())


context.connect("automation-started", on_automation_started)
Gtk.main()
sys.exit(0)
