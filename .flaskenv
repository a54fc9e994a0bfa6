# Read by the `flask` command (through python-dotenv): where the application is, so that
# `.venv/bin/flask create-admin`, `seed-demo`, `expire-orders` ... work from this folder.
FLASK_APP=storefront
