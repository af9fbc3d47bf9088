"""The workbench in the browser: server-rendered pages and a JSON API over the store."""
