"""The Qt desktop app. Not built yet: it is its own issue. The core never imports this."""
