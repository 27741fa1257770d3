"""Audio in and out: microphone and WAV sources, Vosk recognition, model management, TTS.

Knows nothing of the rest of Sessionmate. Heavy libraries (vosk, sounddevice, pyttsx3,
numpy) are imported inside the modules that need them, never here.
"""
