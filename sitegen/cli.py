"""The ``sitegen`` command: parse arguments, call build, check, serve, import or new, report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sitegen import __version__
from sitegen.diagnostics import Problem, printable


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitegen", description="Build a curated news digest as a static site.")
    parser.add_argument("--version", action="version", version=f"sitegen {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # Every command takes --debug: an internal error then shows its traceback.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true",
                        help="on an internal error, show the traceback (for a bug report)")

    build = commands.add_parser("build", parents=[common], help="build the site into its output folder")
    build.add_argument("site_dir", nargs="?", default=".", type=Path, metavar="SITE_DIR",
                       help="the site folder (holding content/); default: the current folder")
    build.add_argument("--output", "-o", type=Path, help="output folder (default: SITE_DIR/public)")
    build.add_argument("--base-url", help="override site.yaml's base_url, e.g. for a preview deploy")
    build.add_argument("--drafts", action="store_true", help="publish drafts too")
    build.add_argument("--strict", action="store_true", help="fail on warnings as well as errors")
    build.add_argument("--no-cache", action="store_true",
                       help="neither read nor write .sitegen-cache/ (render every page)")
    build.add_argument("--jobs", "-j", type=int, help="processes to use (default: the number of cores)")
    build.add_argument("--max-memory", type=_megabytes, metavar="MB",
                       help="memory the build's processes may use together, in MB (default: 500); a large site "
                            "forks fewer workers to stay within it")

    check = commands.add_parser("check", parents=[common], help="validate the content and theme; write nothing")
    check.add_argument("site_dir", nargs="?", default=".", type=Path, metavar="SITE_DIR")
    check.add_argument("--drafts", action="store_true", help="check drafts as if they were published")
    check.add_argument("--strict", action="store_true", help="fail on warnings as well as errors")

    serve = commands.add_parser("serve", parents=[common], help="preview the site locally; rebuild and reload on every save")
    serve.add_argument("site_dir", nargs="?", default=".", type=Path, metavar="SITE_DIR")
    serve.add_argument("--port", "-p", type=int, default=8000, help="port (0: any free port; default 8000)")
    serve.add_argument("--bind", default="127.0.0.1", help="address to listen on (default: this machine only)")
    serve.add_argument("--drafts", action=argparse.BooleanOptionalAction, default=True,
                       help="show drafts in the preview (default: yes)")
    serve.add_argument("--open", action="store_true", help="open the site in a browser")

    importer = commands.add_parser("import", parents=[common], help="turn raw article texts into draft articles, quotes attributed")
    importer.add_argument("raw", nargs="*", type=Path, metavar="RAW.txt", help="raw article texts (headline first)")
    importer.add_argument("--site", type=Path, default=Path("."), help="the site folder (default: current folder)")
    importer.add_argument("--outlet", help="the outlet's name (default: from the headline's ' | Outlet' suffix)")
    importer.add_argument("--url", help="the original article's URL (default: from the text, if it states one)")
    importer.add_argument("--date", help="publication date, YYYY-MM-DD (default: from the text, if it states one)")
    importer.add_argument("--accept-speakers", action="store_true",
                          help="after review, move content/speakers.proposed.yaml into speakers.yaml")

    new = commands.add_parser("new", parents=[common], help="write a skeleton: article, note, speaker, or a whole site")
    new.add_argument("kind", choices=["article", "note", "speaker", "site"])
    new.add_argument("name", nargs="?", help="the title (article, note), the name (speaker) or the folder (site)")
    new.add_argument("--site", type=Path, default=Path("."), help="the site folder (default: current folder)")
    return parser


def _run_import(args) -> int:
    from sitegen.importer import accept_speakers, import_raw

    problem = _site_dir_problem(args.site)
    if problem:
        say(problem, file=sys.stderr)
        return 1
    failed = False
    if args.accept_speakers:
        accepted = accept_speakers(args.site)
        for p in accepted.problems:
            say(p, file=sys.stderr)
        failed = bool(accepted.problems)
        if accepted.accepted:
            say(f"accepted into content/speakers.yaml: {', '.join(accepted.accepted)}")
        elif not accepted.problems:
            say("no proposed speakers to accept")
    elif not args.raw:
        say("give one or more raw article files, or --accept-speakers", file=sys.stderr)
        return 2
    for raw in args.raw:
        result = import_raw(args.site, raw, outlet=args.outlet, url=args.url, date=args.date)
        if not result.ok:
            failed = True
            for p in result.problems:
                say(p, file=sys.stderr)
            continue
        say(f"{result.article_path}: draft '{result.title}' ({result.outlet}, {result.date}), "
              f"{len(result.quotes)} quote(s); source archived at {result.archive_path}")
        if result.proposed_speakers:
            names = ", ".join(s.get("name", s.get("id", "?")) for s in result.proposed_speakers)
            say(f"  new speakers proposed for review in content/speakers.proposed.yaml: {names}")
            say("  review them, then run: sitegen import --accept-speakers")
        if result.dropped:
            say(f"  {len(result.dropped)} line(s) dropped as site clutter (listed in the archive, never lost)")
        say("  write the summary, check tags and places, then remove 'draft: true' to publish")
    return 1 if failed else 0


def _run_new(args) -> int:
    from sitegen.load.config import load_config
    from sitegen.diagnostics import Diagnostics
    from sitegen.scaffold import ScaffoldProblem, new_article, new_note, new_site, new_speaker

    try:
        if args.kind == "site":
            if not args.name:
                say("give the folder of the new site: sitegen new site DIR", file=sys.stderr)
                return 2
            written = new_site(Path(args.name))
            say(f"created a site in {args.name}: {len(written)} files; build it with 'sitegen build {args.name}'")
            return 0
        problem = _site_dir_problem(args.site)
        if problem:
            say(problem, file=sys.stderr)
            return 1
        if args.kind == "speaker":
            if not args.name:
                say("give the speaker's name: sitegen new speaker \"Jane Doe\"", file=sys.stderr)
                return 2
            speaker_id, same_name = new_speaker(args.site, args.name)
            say(f"added speaker '{speaker_id}' to content/speakers.yaml; fill in role and native name")
            if same_name:
                say(f"warning: content/speakers.yaml already has a speaker named '{args.name}' "
                    f"({', '.join(same_name)}); if it is the same person, remove the new entry and use that id",
                    file=sys.stderr)
            return 0
        diagnostics = Diagnostics()
        config = load_config(args.site.absolute(), diagnostics)
        timezone = config.timezone if config else "UTC"
        make = new_article if args.kind == "article" else new_note
        path = make(args.site, args.name or f"Untitled {args.kind}", timezone)
        say(f"created {path} (a draft: remove 'draft: true' to publish)")
        return 0
    except (ScaffoldProblem, OSError) as exc:
        say(f"cannot create it: {exc}", file=sys.stderr)
        return 1


def _run_serve(args) -> int:
    from sitegen.load.config import load_config
    from sitegen.diagnostics import Diagnostics
    from sitegen.serve import serve

    problem = _site_dir_problem(args.site_dir)
    if problem:
        say(problem, file=sys.stderr)
        return 1
    diagnostics = Diagnostics()
    config = load_config(args.site_dir.absolute(), diagnostics)
    if config is None:  # serve needs base_url's path; other problems show in the browser overlay
        report(diagnostics.sorted())
        return 1
    return serve(args.site_dir, port=args.port, bind=args.bind, drafts=args.drafts, open_browser=args.open,
                 config=config)


def say(text: str, file=None) -> None:
    """Print a line that may hold names and values from files: control characters escaped (printable)."""
    print(printable(str(text)), file=file or sys.stdout)


def report(problems: list[Problem], stream=sys.stderr, debug: bool = False) -> None:
    for problem in problems:
        print(problem.format(debug), file=stream)
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    if problems:
        say(f"{errors} error(s), {warnings} warning(s)", file=stream)


def _megabytes(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of megabytes, e.g. 500 or 2000")
    return value


def _site_dir_problem(site_dir: Path) -> str | None:
    if not site_dir.is_dir():
        return f"{site_dir}: no such folder; give the site folder (the one holding content/)"
    if not (site_dir / "content").is_dir():
        return (f"{site_dir}: not a site folder (it has no content/ folder); run sitegen in the site folder, "
                "give its path, or create one with 'sitegen new site DIR'")
    return None


def _run_build(args, dry_run: bool) -> int:
    from sitegen.build import build
    from sitegen.progress import for_terminal

    problem = _site_dir_problem(args.site_dir)
    if problem:
        say(problem, file=sys.stderr)
        return 1
    result = build(args.site_dir, getattr(args, "output", None), base_url=getattr(args, "base_url", None),
                   include_drafts=args.drafts, dry_run=dry_run, use_cache=not getattr(args, "no_cache", False),
                   jobs=getattr(args, "jobs", None), max_memory_mb=getattr(args, "max_memory", None),
                   progress=for_terminal(sys.stderr))
    report(result.problems, debug=args.debug)
    failed = not result.ok or (args.strict and result.problems)
    if failed:
        if args.strict and result.ok:
            say("failed: --strict treats warnings as errors", file=sys.stderr)
        if not dry_run:
            say("build failed; the output folder keeps its last good build", file=sys.stderr)
        return 1
    if dry_run:
        say(f"checked: {result.pages} pages render without problems ({result.seconds:.2f} s)")
    else:
        out = result.output
        try:
            out = out.relative_to(Path.cwd())
        except ValueError:
            pass
        say(f"built {result.pages} pages into {out}/: {len(result.written)} files written, "
              f"{len(result.kept)} unchanged, in {result.seconds:.2f} s")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "build":
            return _run_build(args, dry_run=False)
        if args.command == "check":
            return _run_build(args, dry_run=True)
        if args.command == "serve":
            return _run_serve(args)
        if args.command == "import":
            return _run_import(args)
        if args.command == "new":
            return _run_new(args)
    except KeyboardInterrupt:
        say("interrupted; the output folder keeps its last good build", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug of sitegen's: a message, and the traceback only when asked for
        if args.debug:
            import traceback

            traceback.print_exc()
        say(f"sitegen: internal error ({type(exc).__name__}: {exc}); please report it "
            "(run the command again with --debug to see where it happened)", file=sys.stderr)
        return 1
    parser.print_help()
    return 2
