"""Portal pages for products: list, create, edit, duplicate, publish, delete, and photos."""

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from storefront.catalog import editing, photos
from storefront.catalog.errors import CatalogError
from storefront.catalog.models import Product, ProductStatus
from storefront.database import writes
from storefront.forms_common import ActionForm, form_error, form_status, uploaded_file
from storefront.media.errors import UploadError
from storefront.portal import bp, queries
from storefront.portal.forms import AltTextForm, PhotosForm, ProductForm
from storefront.portal.owned import own_image, own_product
from storefront.tours import editing as tour_editing


@bp.get("/products")
def products():
    status = request.args.get("status")
    return render_template(
        "portal/products.html",
        products=queries.own_products(status),
        status=status,
        statuses=list(ProductStatus)[:-1],
        action=ActionForm(),
    )


@bp.route("/products/new", methods=["GET", "POST"])
@writes
def new_product():
    return _edit(None)


@bp.route("/products/<int:product_id>/edit", methods=["GET", "POST"])
@writes
def edit_product(product_id: int):
    return _edit(own_product(product_id))


def _edit(product: Product | None):
    form = ProductForm(obj=product)
    form.category_id.choices = queries.category_choices()
    form.tour_id.choices = [(0, _("No tour: buyers call us to book"))] + [
        (tour.id, tour.title_vi) for tour in tour_editing.producer_tours(g.producer)
    ]
    if form.tour_id.data is None:  # no tour yet (or a post without the field)
        form.tour_id.data = 0
    if request.method == "GET" and product is not None:
        form.stars.data = str(product.stars or "")
        for entry, variant in zip(form.variants.entries, product.variants, strict=False):
            entry.form.id.data = str(variant.id)
    if form.add_variant.data:
        form.variants.append_entry()
    elif form.validate_on_submit():
        try:
            saved = editing.save_product(
                g.producer,
                product,
                _product_values(form),
                _variant_rows(form, product),
                uploaded_file(form.certificate_scan.data),
            )
        except (CatalogError, UploadError) as error:
            if isinstance(error, UploadError):
                error.field = "certificate_scan"
            form_error(form, error)
        else:
            flash(_("Product saved."), "success")
            if product is None:
                return redirect(url_for("portal.product_photos", product_id=saved.id))
            return redirect(url_for("portal.edit_product", product_id=saved.id))
    return render_template("portal/product_form.html", form=form, product=product), form_status(
        form
    )


def _product_values(form: ProductForm) -> dict:
    values = {name: form[name].data for name in editing.PRODUCT_FIELDS}
    values["stars"] = int(form.stars.data) if form.stars.data else None
    values["category_id"] = form.category_id.data
    values["tour_id"] = form.tour_id.data or None
    values["certifications"] = form.certifications.data or []
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    return values


def _variant_rows(form: ProductForm, product: Product | None) -> list[dict]:
    own_ids = {v.id for v in product.variants} if product else set()
    rows = []
    for entry in form.variants.entries:
        row = {name: entry.form[name].data for name in (*editing.VARIANT_FIELDS, "remove")}
        raw_id = str(entry.form.id.data or "")  # an int when the post left the id out
        row["id"] = int(raw_id) if raw_id and raw_id.isdigit() and int(raw_id) in own_ids else None
        row["label_vi"] = row["label_vi"].strip()
        rows.append(row)
    return rows


@bp.post("/products/<int:product_id>/<any(publish, unpublish, duplicate, delete):action>")
@writes
def product_action(product_id: int, action: str):
    product = own_product(product_id)
    if not ActionForm().validate_on_submit():
        abort(400)
    if action == "publish":
        missing = editing.can_publish(product)
        if missing:
            flash(" ".join(str(m) for m in missing), "error")
            return redirect(url_for("portal.edit_product", product_id=product.id))
        editing.publish(product)
        flash(_("Published: shoppers can see it once your producer is approved."), "success")
    elif action == "unpublish":
        editing.unpublish(product)
        flash(_("Hidden from the shop."), "success")
    elif action == "duplicate":
        copy = editing.duplicate_product(product)
        flash(_("A copy was made as a draft: check it before publishing."), "success")
        return redirect(url_for("portal.edit_product", product_id=copy.id))
    else:
        deleted = editing.remove_product(product)
        flash(
            _("Product deleted.") if deleted else _("Product archived: it has orders."), "success"
        )
    return redirect(url_for("portal.products"))


@bp.route("/products/<int:product_id>/photos", methods=["GET", "POST"])
@writes
def product_photos(product_id: int):
    product = own_product(product_id)
    form = PhotosForm()
    if form.validate_on_submit():
        uploads = [(f.filename, f.read()) for f in form.photos.data or [] if f and f.filename]
        if not uploads:
            form.photos.errors.append(_("Choose one or more photos."))
        else:
            try:
                count = photos.add_photos(product, uploads)
            except CatalogError as error:
                error.field = "photos"
                form_error(form, error)
            else:
                flash(_("%(n)s photos added.", n=count), "success")
                return redirect(url_for("portal.product_photos", product_id=product.id))
    return _photos_page(product, form)


def _photos_page(
    product: Product, form: PhotosForm, refused: tuple[int, AltTextForm] | None = None
):
    """The photos page; `refused`: (image id, its descriptions sent back with messages)."""
    alt_forms = {
        i.id: AltTextForm(formdata=None, obj=i, prefix=f"alt{i.id}") for i in product.images
    }
    if refused is not None:
        alt_forms[refused[0]] = refused[1]
    page = render_template(
        "portal/photos.html", product=product, form=form, action=ActionForm(), alt_forms=alt_forms
    )
    return page, 400 if refused is not None else form_status(form)


@bp.post(
    "/products/<int:product_id>/photos/<int:image_id>/<any(up, down, main, alt, delete):action>"
)
@writes
def photo_action(product_id: int, image_id: int, action: str):
    product = own_product(product_id)
    image = own_image(product, image_id)
    if action == "alt":
        form = AltTextForm(prefix=f"alt{image.id}")
        if not form.validate_on_submit():
            return _photos_page(product, PhotosForm(formdata=None), (image.id, form))
        photos.set_alt_texts(image, form.alt_vi.data or "", form.alt_en.data or "")
    else:
        if not ActionForm().validate_on_submit():
            abort(400)
        if action in ("up", "down"):
            photos.move_photo(product, image, -1 if action == "up" else 1)
        elif action == "main":
            photos.make_main(product, image)
        else:
            photos.delete_photo(product, image)
    flash(_("Photos updated."), "success")
    return redirect(url_for("portal.product_photos", product_id=product.id))
