"""The Gradio demo of summarize (see ui/app.py)."""
