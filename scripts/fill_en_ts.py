#!/usr/bin/env python3
"""Completes the English .ts: the source strings are English, so each unfinished message gets its
source as translation (plural forms: singular and plural, with a (s) suffix resolved)."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
text = open(path, encoding='utf-8').read()
root = ET.fromstring(text)
count = 0
for message in root.iter('message'):
    source = message.findtext('source') or ''
    translation = message.find('translation')
    if translation is None:
        continue
    if translation.get('type') != 'unfinished' and (translation.text or list(translation)):
        continue
    translation.attrib.pop('type', None)
    if message.get('numerus') == 'yes':
        for child in list(translation):
            translation.remove(child)
        singular = re.sub(r'\((s|es)\)', '', source)
        plural = re.sub(r'\((s|es)\)', r'\1', source)
        for form in (singular, plural):
            ET.SubElement(translation, 'numerusform').text = form
    else:
        translation.text = source
    count += 1
body = ET.tostring(root, encoding='unicode')
with open(path, 'w', encoding='utf-8') as out:
    out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + '\n')
print(f'{path}: {count} messages completed')
