"""Refresh the Qt translation sources (.ts) from the plugin's code.

Runs pylupdate5 over every Python file of the plugin, keeping the existing
translations, then turns the messages pylupdate5 marked as plural back into
plain ones. The plugin calls translate("Context", "text", None, language) to
translate into a chosen language. pylupdate5 reads that fourth argument as a
plural count, but none of these strings has plural forms.
"""

import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGIN = os.path.join(ROOT, "ess_observatory_plugin")
LANGUAGES = ("ar", "fr")


def source_files():
    files = []
    for folder, _directories, names in os.walk(PLUGIN):
        files.extend(os.path.join(folder, name) for name in names if name.endswith(".py"))
    return sorted(files)


def existing_translations(path):
    """Read the finished translations of a .ts file, by (context, source)."""
    if not os.path.isfile(path):
        return {}
    translations = {}
    for context in ElementTree.parse(path).iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") != "unfinished":
                translations[(name, message.findtext("source"))] = translation.text
    return translations


def flatten_plurals(path, kept):
    """Rewrite plural messages as plain messages and put back the translations
    pylupdate5 dropped when a message changed kind; return how many changed."""
    tree = ElementTree.parse(path)
    changed = 0
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            changed += _flatten(message, kept.get((name, message.findtext("source"))))
    ElementTree.indent(tree, space="    ")
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
    return changed


def _flatten(message, previous_text):
    translation = message.find("translation")
    if message.get("numerus") != "yes":
        if previous_text and translation is not None and not translation.text:
            translation.text = previous_text
            translation.attrib.pop("type", None)
        return 0

    del message.attrib["numerus"]
    forms = translation.findall("numerusform")
    text = next((form.text for form in forms if form.text), None) or previous_text
    for form in forms:
        translation.remove(form)
    translation.text = text
    if text:
        translation.attrib.pop("type", None)
    else:
        translation.set("type", "unfinished")
    return 1


def main():
    targets = [os.path.join(PLUGIN, "i18n", f"ess_observatory_{language}.ts") for language in LANGUAGES]
    previous = {path: existing_translations(path) for path in targets}
    subprocess.run(["pylupdate5", "-noobsolete", *source_files(), "-ts", *targets], check=True)
    for path in targets:
        changed = flatten_plurals(path, previous[path])
        tree = ElementTree.parse(path)
        messages = list(tree.iter("message"))
        unfinished = sum(1 for m in messages if m.find("translation").get("type") == "unfinished")
        print(f"{os.path.relpath(path, ROOT)}: {len(messages)} messages, {unfinished} untranslated, "
              f"{changed} plural markers removed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
