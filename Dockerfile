# The PlanGraph API. Its install step is the README's (scripts/install.sh).
FROM python:3.11-slim
WORKDIR /app
COPY . .
RUN ./scripts/install.sh
ENV PLANGRAPH_HOST=0.0.0.0 \
    PLANGRAPH_PORT=8000
EXPOSE 8000
CMD [".venv/bin/plangraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
