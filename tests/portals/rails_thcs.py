"""Fixture portal: a lower-secondary school's site on Ruby on Rails 7 (Hotwire/Turbo, Bootstrap 5).

Imitates the kind of site a local software company builds for a school when it does not take a
CMS off the shelf: a Rails 7.1 app (importmap, ``turbo-rails``, ``stimulus``), posts written in
ActionText (the Trix editor), photos in ActiveStorage on the disk service, Kaminari pagination
with the Vietnamese locale, Devise for the staff login. The school is "Trường THCS Lý Tự Trọng",
phường Hạc Thành, tỉnh Thanh Hóa (after the 2025 merger: no district, the ward's People's
Committee and the Sở GD&ĐT are the school's authorities).

What it serves:

- posts at ``/posts/<id>-<slug>`` (``to_param`` = id plus a stored slug). Rails looks the post up
  by ``params[:id].to_i``, so ``/posts/128`` and ``/posts/128-anything`` serve the very same page;
  every page prints ``<link rel="canonical">`` to the id-slug address. Two such variants are
  linked: a body text links ``/posts/128`` (the short link the "Sao chép liên kết" button copies),
  and another links ``/posts/104-khai-giang-nam-hoc-moi``, the slug the opening-ceremony post had
  before its title was edited. Unknown ids answer Rails' English ``public/404.html`` with 404.
- the post page: breadcrumbs, ``<article class="post">`` with ``h1.post-title``, a meta line with
  ``<time datetime="2026-11-12T08:30:00+07:00">12/11/2026</time>`` (only the date is printed) and
  the view count, the post's ``excerpt`` column (when filled) as ``p.post-excerpt.lead``, the
  ActionText body ``div.trix-content``, a "Tác giả: …" line (the name of the *account* that posted:
  teachers' accounts carry their names, the admin account is "Quản trị viên"), share/copy/print
  tools, "‹ Bài trước" / "Bài sau ›", and "Tin liên quan" (four other posts of the category with
  dates).
- the Trix body as Trix writes it: no ``<p>``; paragraphs are ``<div>`` blocks or runs of text in
  one ``<div>`` separated by ``<br><br>``; ``<h1>`` sub-headings, ``<ul><li>``, ``<blockquote>``,
  ``&nbsp;`` before double spaces. Photos are ``<action-text-attachment>`` elements wrapping the
  ActiveStorage blob partial left at Rails' default: ``figure.attachment.attachment--preview`` with
  an absolute ``/rails/active_storage/representations/redirect/<signed id>/<variation>/<file>``
  image and ``figcaption.attachment__caption``, which holds the caption when the editor typed one
  and otherwise the file name and size (``<span class="attachment__name">IMG_2041.jpg</span>
  <span class="attachment__size">2,3 MB</span>``). Galleries are ``div.attachment-gallery``.
  Images pasted from another site are remote-image attachments: the same figure without a
  figcaption (no caption) and an external URL. A PDF attached in the text is an
  ``attachment--file`` figure with only the file name and size (no link: the default partial).
  Bylines are typed into the Trix text: "Tin: X - Ảnh: Y" in italics, "Tin, ảnh: X" and
  "Bài, ảnh: X" after ``<br><br>`` in the last text block, a bold "Tổ Toán - Tin", "Nguồn: …",
  "(Theo …)".
- listings: ``/posts`` (all posts, with category pills and a ``?q=`` search from the header
  form), ``/categories/<slug>``; both wrap the cards in ``<turbo-frame id="posts"
  data-turbo-action="advance">``; the card links carry ``data-turbo-frame="_top"`` and the Kaminari
  pager links ``data-turbo-frame="posts"`` (all real hrefs). Kaminari's default theme:
  ``nav.pagination`` with ``span.first`` "« Đầu", ``span.prev`` "‹ Trước", ``span.page`` numbers
  (``span.page.current`` unlinked), ``span.page.gap`` "…", ``span.next`` "Tiếp ›", ``span.last``
  "Cuối »", window 2, page 1 without a ``page`` parameter. Three posts a page: ``/posts`` has 5
  pages (a gap on pages 1, 2, 4, 5), "Tin tức - Sự kiện" 3 pages, "Hoạt động chuyên môn" 2,
  "Thông báo" 1. A request with ``Turbo-Frame: posts`` gets only the frame (turbo-rails' frame
  layout).
- ``/posts.rss`` (Rails builder, announced in ``<head>``) with the ten newest posts.
- non-articles: ``/`` (home), ``/pages/gioi-thieu``, ``/pages/lien-he`` (contact form), ``/albums``
  and the albums ``/albums/3`` and ``/albums/2`` (captioned photo grids), ``/documents`` and the
  records ``/documents/12``, ``/11``, ``/9`` (register fields and a "Tải về" link to
  ``/rails/active_storage/blobs/redirect/<signed id>/ke-hoach.pdf``, which redirects 302 to the
  disk service URL that serves the PDF), ``/schedules`` (the week's work schedule), Devise's
  ``/users/sign_in`` and ``/users/password/new``.
- chrome: top bar with today's date (TODAY) and the hotline, brand header with the search form,
  navbar with a "Tin tức" dropdown, a flash container and a dismissible announcement banner, a
  sidebar with "Bài viết mới" (five newest, with dates), "Lịch công tác tuần" (this week, with
  "‹ Tuần trước" / "Tuần sau ›") and link banners; footer with address, hotline, e-mail, the
  person responsible, the visitor counter and the developer's credit.

Traps and hard cases:

- the same post under ``/posts/<id>``, ``/posts/<id>-<slug>`` and any other slug (canonical tag);
- ``?page=N`` past the last page answers 200 with "Chưa có bài viết nào." and, Kaminari being
  Kaminari, a pager of "« Đầu" "‹ Trước" and the window around N (no "Tiếp"). The category pills
  on ``/posts`` keep the query (``request.query_parameters.merge``), so ``/posts?page=5`` links
  ``/posts?category=thong-bao&page=5``: reachable empty pages (finite: "‹ Trước" walks back);
- ``/schedules?week=YYYY-MM-DD`` answers 200 for any date (snapped to its Monday) with
  "Tuần trước" / "Tuần sau" links: a calendar that never ends. Only this week and its two
  neighbours (linked from every sidebar) are counted as real pages;
- early-morning post (139, 06:40 local): the datetime attribute is +07:00, the day in UTC would be
  the previous one;
- captions that are file names (the default blob partial's name + size, and one typed caption
  "DSC_0412.JPG") next to real captions; remote images with no caption; a PDF attachment figure
  with no image; bylines inside the last text ``<div>`` after ``<br><br>``.

Gold (by hand):

- ``published_at``: the printed date only (``2026-11-12``), as a careful reader sees it. The time
  in ``<time datetime>`` / ``article:published_time`` / the RSS ``pubDate`` is not printed, so it
  is not taken; the printed day agrees with the attribute's local day everywhere.
- ``path``/``canonical_path``: the id-slug address the canonical tag names; ``alt_paths`` lists
  ``/posts/<id>`` for every post, plus the old slug of post 104.
- ``summary``: the ``excerpt`` lead when printed, also the body's first paragraph; else None.
- ``body``: the Trix text blocks in order: ``<div>`` blocks and ``<br><br>`` runs are paragraphs,
  ``<h1>`` sub-headings, list items and a blockquote are paragraphs; attachments (captions, file
  names, sizes) and the typed byline/source lines are not. A sentence with a link keeps the
  link's text.
- ``authors``: the byline typed in the text when there is one ("Tin: Lê Thu Hằng" → Lê Thu Hằng;
  "Tin, ảnh" / "Bài, ảnh: X" → X in both lists), else the "Tác giả:" line when it names a person.
  "Tác giả: Quản trị viên" is the admin account, not a person: no author. The bold "Tổ Toán - Tin"
  under post 136 signs it: one author, the subject team "Tổ Toán - Tin" (its " - " is part of
  the team's name, not a separator between two names).
- ``photographers``: "Ảnh: Y" of a byline; a caption ending "(Ảnh: Đỗ Minh Khoa)" is kept whole
  as the caption and also names the photographer.
- ``source``: "Nguồn: Sở Giáo dục và Đào tạo Thanh Hóa" → that name; "(Theo Báo và Phát thanh,
  Truyền hình Thanh Hóa)" → "Báo và Phát thanh, Truyền hình Thanh Hóa".
- ``images``: every photo in the Trix body in order (gallery photos included, the PDF figure
  excluded), at the printed ``src``: the representation redirect path on this host, or the remote
  URL. Caption: the ``figcaption`` text when the editor typed one; None for the file-name-and-size
  default, for the typed file name "DSC_0412.JPG", and for remote images without figcaption.
- ``category``: the category the breadcrumb names.
"""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

from crawler.demo.server import Request, Response, html, redirect

from ._common import (
    PDF,
    TODAY,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "rails_thcs"
PLATFORM = "rails"
START_PATH = "/"

SITE = "Trường THCS Lý Tự Trọng"
SHORT = "THCS Lý Tự Trọng"
ADDRESS = "Số 18 đường Lê Hoàn, phường Hạc Thành, tỉnh Thanh Hóa"
HOTLINE = "0237 3 852 416"
EMAIL = "thcslytutrong.hacthanh@thanhhoa.edu.vn"
PER_PAGE = 3
WINDOW = 2
FEED_SIZE = 10
RELATED = 4
TODAY_DATE = date(2026, 11, 25)
_LOCAL = timezone(timedelta(hours=7))
CSRF = opaque("rails-csrf", 64).replace("+", "-").replace("/", "_")
ASSET = "/assets/application-4b7e1f0c2d9a6e83b5c1f7a2d4e6b8c0.css"
JS = "/assets/application-9c3e5a1b7d2f4e6a8c0b2d4f6a8c1e3b.js"

#: categories: slug -> printed name (navbar order)
CATS: dict[str, str] = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
}

ADMIN = "Quản trị viên"


# --- ActiveStorage names ------------------------------------------------------------------------


def _signed(payload: str, purpose: str) -> str:
    """A Rails signed id: base64 of the JSON envelope, "--", a digest (deterministic here)."""
    envelope = '{"_rails":{"data":' + payload + ',"pur":"' + purpose + '"}}'
    data = base64.urlsafe_b64encode(envelope.encode()).decode()
    return f"{data}--{hashlib.sha1(envelope.encode()).hexdigest()}"


_VARIANT_BODY = _signed('{"format":"jpg","resize_to_limit":[1024,768]}', "variation")
_VARIANT_GALLERY = _signed('{"format":"jpg","resize_to_limit":[800,600]}', "variation")
_VARIANT_THUMB = _signed('{"format":"jpg","resize_to_fill":[400,260]}', "variation")


def blob_path(blob_id: int, filename: str) -> str:
    return f"/rails/active_storage/blobs/redirect/{_signed(str(blob_id), 'blob_id')}/{filename}"


def rep_path(blob_id: int, filename: str, variant: str = _VARIANT_BODY) -> str:
    return f"/rails/active_storage/representations/redirect/{_signed(str(blob_id), 'blob_id')}/{variant}/{filename}"


def _size(blob_id: int) -> str:
    """number_to_human_size in the vi locale (comma decimals)."""
    tenths = 9 + (blob_id * 7) % 31
    return f"{tenths // 10},{tenths % 10} MB"


#: blob id -> (filename, typed caption or None), for the blob partial and the redirect routes
_BLOBS: dict[int, str] = {}


def blob(blob_id: int, filename: str, caption: str | None = None, *, typed_file_name: bool = False, gallery: bool = False) -> Img:
    """A photo uploaded into Trix. ``caption`` is what the editor typed (printed in figcaption);
    with ``typed_file_name`` the typed caption is only the file name: no caption for a reader."""
    _BLOBS[blob_id] = filename
    src = rep_path(blob_id, filename, _VARIANT_GALLERY if gallery else _VARIANT_BODY)
    style = ("gallery" if gallery else "blob") + f":{blob_id}"
    return Img(src, caption, None if typed_file_name else caption, style)


def remote(url: str) -> Img:
    """An image pasted from another site: remote-image attachment, no figcaption."""
    return Img(url, None, None, "remote")


def attachment_file(blob_id: int, filename: str) -> Raw:
    """A PDF dropped into Trix: the file figure (name and size, no link)."""
    _BLOBS[blob_id] = filename
    sgid = opaque(f"sgid-{blob_id}", 48)
    return Raw(
        f'<action-text-attachment sgid="{sgid}" content-type="application/pdf" '
        f'url="{{base}}{blob_path(blob_id, filename)}" filename="{filename}" filesize="{214_000 + blob_id}" '
        f'previewable="false"><figure class="attachment attachment--file attachment--pdf">\n\n'
        f'    <figcaption class="attachment__caption">\n'
        f'        <span class="attachment__name">{filename}</span>\n'
        f'        <span class="attachment__size">{214 + blob_id % 50} KB</span>\n'
        f"    </figcaption>\n</figure></action-text-attachment>"
    )


# --- the posts ----------------------------------------------------------------------------------
# P styles: "" text run (joined with <br><br> inside one <div>), "div" own <div>, "h1", "li",
# "quote", "bold" (<div><strong>). Raw starting with "<" and a block tag is a block; other Raw
# is an inline run (joined with <br><br> to the text before it).
# opts: at (local time stored), user (account name printed after "Tác giả:"), old_slug,
# links {text: href} (anchors in the body), nbsp (Trix's "&nbsp; " after full stops).

_EXT = "https://sogddt.thanhhoa.gov.vn/uploads/news/2026_11"

STORIES: list[Story] = [
    Story(
        id=142,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23",
        blocks=[
            P(
                "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027, Trường THCS Lý Tự Trọng thông"
                " báo lịch kiểm tra cuối học kì I như sau:",
                "div",
            ),
            P("1. Thời gian kiểm tra", "h1"),
            P("Khối 8, khối 9: từ ngày 18/12 đến ngày 23/12/2026;", "li"),
            P("Khối 6, khối 7: từ ngày 21/12 đến ngày 24/12/2026.", "li"),
            P("2. Hình thức kiểm tra", "h1"),
            P(
                "Các môn Ngữ văn, Toán, Tiếng Anh kiểm tra tập trung theo đề chung của trường, thời gian"
                " làm bài 90 phút; các môn còn lại kiểm tra tại lớp theo lịch của tổ chuyên môn.",
                "div",
            ),
            P(
                "Lịch kiểm tra chi tiết từng môn xem trong tệp đính kèm. Đề nghị giáo viên chủ nhiệm thông"
                " báo đến học sinh và cha mẹ học sinh của lớp mình.",
                "div",
            ),
            attachment_file(9421, "lich-kiem-tra-cuoi-hk1-2026-2027.pdf"),
        ],
        opts={"at": "2026-11-23 16:10", "user": ADMIN},
    ),
    Story(
        id=141,
        slug="long-trong-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20",
        summary=(
            "Sáng 20/11/2026, Trường THCS Lý Tự Trọng long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam (20/11/1982 - 20/11/2026), ôn lại truyền thống vẻ vang của ngành Giáo dục"
            " và tôn vinh những thầy cô giáo tận tụy với nghề."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự buổi lễ có bà Lê Thị Hồng Vân, Phó Chủ tịch UBND phường Hạc Thành; đại diện Ban"
                " đại diện cha mẹ học sinh cùng đông đủ các thế hệ thầy cô giáo và hơn 1.200 học sinh của"
                " nhà trường."
            ),
            P(
                "Phát biểu tại buổi lễ, thầy Hiệu trưởng Trịnh Xuân Bách điểm lại những kết quả nổi bật"
                " của nhà trường trong năm học 2025 - 2026: 96% học sinh lớp 9 trúng tuyển vào lớp 10"
                " THPT công lập, 47 giải học sinh giỏi cấp tỉnh, 5 giáo viên đạt danh hiệu giáo viên dạy"
                " giỏi cấp tỉnh."
            ),
            blob(14101, "le-ky-niem-20-11-hieu-truong.jpg", "Thầy Hiệu trưởng Trịnh Xuân Bách phát biểu tại buổi lễ"),
            P(
                "Nhân dịp này, nhà trường khen thưởng 18 giáo viên có thành tích xuất sắc trong phong trào"
                " thi đua “Dạy tốt - Học tốt” và trao 20 suất học bổng cho học sinh có hoàn cảnh khó khăn"
                " vươn lên trong học tập."
            ),
            blob(
                14102,
                "le-ky-niem-20-11-tang-hoa.jpg",
                "Lãnh đạo UBND phường Hạc Thành tặng hoa chúc mừng tập thể cán bộ, giáo viên nhà trường",
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các lớp biểu diễn, thể"
                " hiện lòng biết ơn sâu sắc đối với các thầy cô giáo."
            ),
            blob(14103, "IMG_2034.jpg", gallery=True),
            blob(14104, "IMG_2041.jpg", gallery=True),
            blob(14105, "IMG_2047.jpg", gallery=True),
        ],
        authors=["Nguyễn Thị Thanh Hương"],
        opts={"at": "2026-11-20 10:45", "user": "Nguyễn Thị Thanh Hương"},
    ),
    Story(
        id=139,
        slug="lien-doi-to-chuc-hoi-dien-van-nghe-khuc-ca-tri-an",
        title="Liên đội tổ chức Hội diễn văn nghệ “Khúc ca tri ân” chào mừng ngày 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-17",
        blocks=[
            P(
                "Chiều 16/11/2026, Liên đội Trường THCS Lý Tự Trọng tổ chức Hội diễn văn nghệ “Khúc ca tri"
                " ân” chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.",
                "div",
            ),
            P(
                "Hội diễn có 24 tiết mục đến từ các chi đội khối 6, 7, 8, 9 với nhiều thể loại: đơn ca,"
                " tốp ca, múa, kịch ngắn và nhạc cụ dân tộc. Các tiết mục được dàn dựng công phu, ca ngợi"
                " công ơn thầy cô và tình yêu mái trường.",
                "div",
            ),
            blob(13901, "hoi-dien-van-nghe-9a2.jpg", "Tiết mục múa “Bụi phấn” của chi đội 9A2"),
            P(
                "Kết quả, Ban tổ chức trao giải Nhất cho chi đội 9A2, giải Nhì cho chi đội 8A1 và 7A3,"
                " giải Ba cho các chi đội 6A4, 8A5 và 9A6.",
                "div",
            ),
            blob(13902, "hoi-dien-van-nghe-trao-giai.jpg", "Ban tổ chức trao giải cho các chi đội đạt giải cao"),
            Raw("<div><em>Tin: Lê Thu Hằng - Ảnh: Đỗ Minh Khoa</em></div>"),
        ],
        authors=["Lê Thu Hằng"],
        photographers=["Đỗ Minh Khoa"],
        opts={"at": "2026-11-17 06:40", "user": "Lê Thu Hằng"},
    ),
    Story(
        id=136,
        slug="chuyen-de-ung-dung-tri-tue-nhan-tao-trong-day-hoc-mon-toan",
        title="Chuyên đề “Ứng dụng trí tuệ nhân tạo trong dạy học môn Toán” cấp trường",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-13",
        blocks=[
            P(
                "Ngày 11/11/2026, Tổ Toán - Tin tổ chức chuyên đề cấp trường “Ứng dụng trí tuệ nhân tạo"
                " trong dạy học môn Toán” với sự tham dự của Ban giám hiệu và 26 giáo viên các tổ chuyên"
                " môn."
            ),
            P(
                "Chuyên đề được tổ chức trong khuôn khổ Hội thi giáo viên dạy giỏi cấp trường năm học"
                " 2026 - 2027, nhằm giúp giáo viên khai thác hiệu quả các công cụ trí tuệ nhân tạo trong"
                " soạn bài, thiết kế bài tập phân hóa và đánh giá năng lực học sinh."
            ),
            blob(13601, "chuyen-de-ai-toan.jpg", "Cô Hoàng Thị Mai trình bày chuyên đề"),
            P(
                "Qua tiết dạy minh họa tại lớp 8A3, cô Hoàng Thị Mai đã giới thiệu cách sử dụng trợ lý ảo"
                " để gợi ý lời giải từng bước, đồng thời lưu ý học sinh tự kiểm tra lại kết quả thay vì"
                " chép nguyên đáp án."
            ),
            P(
                "Các ý kiến thảo luận thống nhất: công cụ trí tuệ nhân tạo chỉ hỗ trợ, không thay thế vai"
                " trò tổ chức, hướng dẫn của giáo viên; cần hướng dẫn học sinh sử dụng có trách nhiệm."
            ),
            Raw("<strong>Tổ Toán - Tin</strong>"),
        ],
        authors=["Tổ Toán - Tin"],
        opts={
            "at": "2026-11-13 14:20",
            "user": ADMIN,
            "links": {"Hội thi giáo viên dạy giỏi cấp trường": "/posts/128"},
        },
    ),
    Story(
        id=128,
        slug="hoi-thi-giao-vien-day-gioi",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-12",
        summary=(
            "Từ ngày 02/11 đến ngày 10/11/2026, Trường THCS Lý Tự Trọng tổ chức Hội thi giáo viên dạy"
            " giỏi cấp trường với 21 giáo viên tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành (một tiết bốc thăm, một tiết tự"
                " chọn) và trình bày biện pháp nâng cao chất lượng giảng dạy trước Ban giám khảo.",
                "div",
            ),
            blob(12801, "hoi-thi-gvdg-ngu-van.jpg", "Cô Nguyễn Thị Lan (tổ Ngữ văn) thực hiện tiết dạy dự thi"),
            P(
                "Các tiết dạy được chuẩn bị chu đáo, vận dụng linh hoạt các phương pháp dạy học tích cực,"
                " ứng dụng công nghệ thông tin hợp lý, phát huy được tính chủ động của học sinh.",
                "div",
            ),
            blob(12802, "IMG_5521.jpg"),
            P("Kết quả, Ban giám khảo công nhận 17 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp trường, trong đó:", "div"),
            P("Giải Nhất: cô Nguyễn Thị Lan (tổ Ngữ văn);", "li"),
            P("Giải Nhì: thầy Lê Văn Quyết (tổ Toán - Tin) và cô Đỗ Thị Hạnh (tổ Ngoại ngữ);", "li"),
            P("Giải Ba: 4 giáo viên các tổ Khoa học tự nhiên, Lịch sử và Địa lí, Nghệ thuật.", "li"),
            P(
                "Nhà trường sẽ lựa chọn những giáo viên có kết quả cao nhất tham dự Hội thi giáo viên dạy"
                " giỏi cấp tỉnh năm 2027.",
                "div",
            ),
        ],
        authors=["Phạm Văn Dũng"],
        opts={"at": "2026-11-12 08:30", "user": "Phạm Văn Dũng"},
    ),
    Story(
        id=133,
        slug="hoc-sinh-tham-gia-ngay-hoi-stem-tinh-thanh-hoa-nam-2026",
        title="Học sinh nhà trường tham gia Ngày hội STEM tỉnh Thanh Hóa năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-11-09",
        blocks=[
            P(
                "Ngày 07/11/2026, tại Cung Văn hóa thiếu nhi tỉnh, Sở Giáo dục và Đào tạo Thanh Hóa tổ chức"
                " Ngày hội STEM học sinh trung học năm 2026 với hơn 120 gian trưng bày của các trường"
                " trong tỉnh.",
                "div",
            ),
            P(
                "Trường THCS Lý Tự Trọng tham gia với 6 sản phẩm, trong đó mô hình “Vườn rau thông minh"
                " tưới nước tự động” của nhóm học sinh lớp 9A1 thu hút đông đảo khách tham quan nhờ tính"
                " ứng dụng cao và chi phí thấp.",
                "div",
            ),
            remote(f"{_EXT}/ngay-hoi-stem-2026-01.jpg"),
            P(
                "Ngày hội là dịp để học sinh trải nghiệm, vận dụng kiến thức liên môn vào giải quyết các"
                " vấn đề thực tiễn, đồng thời khơi dậy niềm đam mê khoa học, kỹ thuật.",
                "div",
            ),
            remote(f"{_EXT}/ngay-hoi-stem-2026-02.jpg"),
            Raw("<div><em>Nguồn: Sở Giáo dục và Đào tạo Thanh Hóa</em></div>"),
        ],
        source="Sở Giáo dục và Đào tạo Thanh Hóa",
        opts={"at": "2026-11-09 15:00", "user": ADMIN},
    ),
    Story(
        id=125,
        slug="thong-bao-tuyen-chon-hoc-sinh-tham-gia-cau-lac-bo-nang-khieu",
        title="Thông báo tuyển chọn học sinh tham gia các câu lạc bộ năng khiếu năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-10-30",
        blocks=[
            P(
                "Nhằm phát triển năng khiếu và tạo sân chơi bổ ích cho học sinh, nhà trường tổ chức tuyển"
                " chọn học sinh tham gia các câu lạc bộ năm học 2026 - 2027 gồm:"
            ),
            P("Câu lạc bộ Bóng rổ, Cờ vua, Võ thuật cổ truyền;", "li"),
            P("Câu lạc bộ Tiếng Anh, Sáng tạo STEM, Tin học - Lập trình;", "li"),
            P("Câu lạc bộ Mĩ thuật, Âm nhạc - Thanh nhạc.", "li"),
            P(
                "Học sinh đăng kí với giáo viên chủ nhiệm trước ngày 07/11/2026. Các câu lạc bộ sinh hoạt"
                " vào chiều thứ Bảy hằng tuần tại nhà đa năng và các phòng bộ môn."
            ),
        ],
        opts={"at": "2026-10-30 09:15", "user": ADMIN, "nbsp": True},
    ),
    Story(
        id=122,
        slug="dai-hoi-lien-doi-nhiem-ki-2026-2027",
        title="Đại hội Liên đội nhiệm kì 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-10-24",
        blocks=[
            P(
                "Chiều 23/10/2026, Liên đội Trường THCS Lý Tự Trọng tổ chức Đại hội Liên đội nhiệm kì 2026"
                " - 2027 với sự tham dự của 120 đại biểu là chỉ huy các chi đội và đội viên tiêu biểu."
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi năm học 2025 - 2026,"
                " thảo luận và thông qua phương hướng hoạt động nhiệm kì mới với chủ đề “Thiếu nhi Thanh"
                " Hóa vững bước tiến lên”."
            ),
            blob(12201, "dai-hoi-lien-doi-bau-ban-chi-huy.jpg", "Đại biểu biểu quyết thông qua danh sách Ban chỉ huy Liên đội"),
            P(
                "Đại hội đã bầu Ban chỉ huy Liên đội gồm 11 em; em Nguyễn Khánh Linh (lớp 9A1) được tín"
                " nhiệm bầu làm Liên đội trưởng."
            ),
            blob(12202, "z6012345678901_4f2a9c1d7e3b5a60c8d9e1f2a3b4c5d6.jpg", gallery=True),
            blob(12203, "z6012345679024_0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e.jpg", gallery=True),
            P(
                "Đại hội kết thúc trong không khí sôi nổi, các đội viên hứa quyết tâm thực hiện thắng lợi"
                " nghị quyết đại hội."
            ),
            Raw("<em>Tin, ảnh: Đoàn Thị Ngọc Ánh</em>"),
        ],
        authors=["Đoàn Thị Ngọc Ánh"],
        photographers=["Đoàn Thị Ngọc Ánh"],
        opts={"at": "2026-10-24 17:30", "user": "Đoàn Thị Ngọc Ánh"},
    ),
    Story(
        id=119,
        slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-ngu-van",
        title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại tổ Ngữ văn",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-16",
        blocks=[
            P(
                "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 14/10/2026 tổ Ngữ văn tổ chức"
                " buổi sinh hoạt chuyên môn theo nghiên cứu bài học với bài dạy “Văn bản nghị luận xã"
                " hội” (Ngữ văn 9).",
                "div",
            ),
            P("Tiết dạy minh họa", "h1"),
            P(
                "Cô Trần Thị Bích Ngọc dạy minh họa tại lớp 9A4. Học sinh làm việc theo nhóm, tranh luận về"
                " vấn đề “Học sinh có nên sử dụng điện thoại trong trường học?” và tự xây dựng dàn ý"
                " bài nghị luận.",
                "div",
            ),
            blob(11901, "DSC_0412.JPG", "DSC_0412.JPG", typed_file_name=True),
            P("Thảo luận sau tiết dạy", "h1"),
            P(
                "Giáo viên dự giờ tập trung quan sát hoạt động học của học sinh thay vì nhận xét giáo viên."
                " Như cô Tổ trưởng Lê Thị Phương Thảo nhấn mạnh:",
                "div",
            ),
            P(
                "“Mỗi tiết dạy là một bài học chung của cả tổ; điều quan trọng là chúng ta nhìn thấy học"
                " sinh học như thế nào và đã học được gì.”",
                "quote",
            ),
            P(
                "Qua buổi sinh hoạt, tổ thống nhất điều chỉnh thời lượng hoạt động nhóm và bổ sung phiếu"
                " học tập phân hóa cho học sinh.",
                "div",
            ),
        ],
        authors=["Lê Thị Phương Thảo"],
        opts={"at": "2026-10-16 10:00", "user": "Lê Thị Phương Thảo"},
    ),
    Story(
        id=116,
        slug="thanh-hoa-phat-dong-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Thanh Hóa phát động Tuần lễ hưởng ứng học tập suốt đời năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-10-08",
        blocks=[
            P(
                "Sáng 06/10/2026, UBND tỉnh Thanh Hóa tổ chức lễ phát động Tuần lễ hưởng ứng học tập suốt"
                " đời năm 2026 với chủ đề “Học tập suốt đời - Nền tảng phát triển bền vững”."
            ),
            P(
                "Tuần lễ diễn ra từ ngày 01 đến 07/10/2026 với nhiều hoạt động: giới thiệu sách, tọa đàm về"
                " văn hóa đọc, bồi dưỡng kỹ năng số cho người dân tại các trung tâm học tập cộng đồng."
            ),
            P(
                "Hưởng ứng Tuần lễ, Trường THCS Lý Tự Trọng phát động phong trào “Mỗi ngày một trang sách”,"
                " mở cửa thư viện vào giờ ra chơi và tổ chức trưng bày sách theo chủ đề tại sân trường."
            ),
            Raw("<em>(Theo Báo và Phát thanh, Truyền hình Thanh Hóa)</em>"),
        ],
        source="Báo và Phát thanh, Truyền hình Thanh Hóa",
        opts={"at": "2026-10-08 08:00", "user": ADMIN},
    ),
    Story(
        id=112,
        slug="ngoai-khoa-an-toan-giao-thong-cho-nu-cuoi-tre-tho",
        title="Ngoại khóa “An toàn giao thông cho nụ cười trẻ thơ”",
        cat="tin-tuc-su-kien",
        published_at="2026-09-29",
        blocks=[
            P(
                "Chiều 28/9/2026, nhà trường phối hợp với Công an phường Hạc Thành tổ chức buổi ngoại khóa"
                " “An toàn giao thông cho nụ cười trẻ thơ” cho toàn thể học sinh."
            ),
            P(
                "Hoạt động nằm trong chuỗi chương trình “Tháng an toàn giao thông” mà nhà trường đã phát"
                " động tại Lễ khai giảng năm học mới."
            ),
            blob(
                11201,
                "ngoai-khoa-atgt-2026.jpg",
                "Cán bộ Công an phường hướng dẫn học sinh đội mũ bảo hiểm đúng cách (Ảnh: Đỗ Minh Khoa)",
            ),
            P(
                "Học sinh được nghe phổ biến các quy định về trật tự an toàn giao thông, kỹ năng đi xe đạp"
                " an toàn và tham gia trò chơi trả lời nhanh với nhiều phần quà hấp dẫn."
            ),
        ],
        authors=["Trịnh Thị Huyền"],
        photographers=["Đỗ Minh Khoa"],
        opts={
            "at": "2026-09-29 15:40",
            "user": "Trịnh Thị Huyền",
            "links": {"Lễ khai giảng năm học mới": "/posts/104-khai-giang-nam-hoc-moi"},
        },
    ),
    Story(
        id=108,
        slug="hoi-nghi-chuyen-de-doi-moi-kiem-tra-danh-gia",
        title="Hội nghị chuyên đề đổi mới kiểm tra, đánh giá học sinh trung học cơ sở",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-18",
        summary=(
            "Ngày 16/9/2026, nhà trường tổ chức hội nghị chuyên đề về đổi mới kiểm tra, đánh giá học"
            " sinh theo định hướng phát triển phẩm chất, năng lực."
        ),
        sapo_outside=True,
        blocks=[
            P("Tại hội nghị, các tổ chuyên môn đã trao đổi, thống nhất một số nội dung trọng tâm:"),
            P("Xây dựng ma trận, bản đặc tả đề kiểm tra định kì theo yêu cầu cần đạt;", "li"),
            P("Tăng cường đánh giá thường xuyên bằng sản phẩm học tập, dự án và bài thuyết trình;", "li"),
            P("Sử dụng kết quả đánh giá để điều chỉnh kế hoạch dạy học của từng lớp.", "li"),
            P(
                "Thầy Phó Hiệu trưởng Phạm Văn Dũng đề nghị mỗi tổ chuyên môn xây dựng ngân hàng câu hỏi"
                " dùng chung, hoàn thành trước kì kiểm tra giữa học kì I."
            ),
        ],
        authors=["Phạm Văn Dũng"],
        opts={"at": "2026-09-18 11:05", "user": "Phạm Văn Dũng"},
    ),
    Story(
        id=104,
        slug="ron-rang-le-khai-giang-nam-hoc-2026-2027",
        title="Rộn ràng Lễ khai giảng năm học 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-05",
        summary=(
            "Sáng 05/9/2026, cùng với học sinh cả nước, hơn 1.200 học sinh Trường THCS Lý Tự Trọng hân"
            " hoan bước vào năm học mới 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, nhà trường có 30 lớp với 1.236 học sinh, trong đó có 312 học sinh"
                " lớp 6 vừa trúng tuyển vào trường."
            ),
            blob(10401, "khai-giang-2026-don-hs-lop-6.jpg", "Học sinh lớp 6 diễu hành qua lễ đài"),
            P(
                "Tại buổi lễ, thầy Hiệu trưởng Trịnh Xuân Bách đọc thư của Tổng Bí thư gửi ngành Giáo dục"
                " nhân dịp khai giảng năm học mới và đánh trống khai trường."
            ),
            P(
                "Nhà trường phát động “Tháng an toàn giao thông” và phong trào thi đua “Trường học hạnh"
                " phúc”, kêu gọi mỗi học sinh rèn luyện đạo đức, chăm chỉ học tập."
            ),
            Raw("<strong>Bài, ảnh: Trịnh Thị Huyền</strong>"),
        ],
        authors=["Trịnh Thị Huyền"],
        photographers=["Trịnh Thị Huyền"],
        opts={"at": "2026-09-05 09:20", "user": "Trịnh Thị Huyền", "old_slug": "khai-giang-nam-hoc-moi"},
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/posts/{story.id}-{story.slug}"


def _at(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def newest(cat: str | None = None) -> list[Story]:
    """Posts in ``published_at DESC`` order (ids are creation order: 128 was a draft for weeks)."""
    return sorted((s for s in STORIES if cat is None or s.cat == cat), key=_at, reverse=True)


def pages_of(count: int) -> int:
    return max(1, -(-count // PER_PAGE))


def alt_paths(story: Story) -> list[str]:
    out = [f"/posts/{story.id}"]
    if "old_slug" in story.opts:
        out.append(f"/posts/{story.id}-{story.opts['old_slug']}")
    return out


# --- the gold (fields by hand in STORIES) -------------------------------------------------------

GOLD: list[dict] = [gold_record(s, article_path(s), CATS[s.cat], alt_paths=alt_paths(s)) for s in newest()]

ALBUMS: dict[int, tuple[str, str, list[tuple[int, str, str]]]] = {
    3: (
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "20/11/2026",
        [
            (30301, "album-2011-01.jpg", "Các thầy cô giáo nhận hoa chúc mừng của học sinh"),
            (30302, "album-2011-02.jpg", "Tiết mục văn nghệ của học sinh lớp 7A2"),
            (30303, "album-2011-03.jpg", "Tập thể giáo viên chụp ảnh lưu niệm"),
            (30304, "album-2011-04.jpg", "Ban đại diện cha mẹ học sinh tặng quà nhà trường"),
        ],
    ),
    2: (
        "Lễ khai giảng năm học 2026 - 2027",
        "05/9/2026",
        [
            (30201, "album-kg-01.jpg", "Học sinh lớp 6 nhận hoa chào đón"),
            (30202, "album-kg-02.jpg", "Tiết mục trống hội mở màn buổi lễ"),
            (30203, "album-kg-03.jpg", "Thầy Hiệu trưởng đánh trống khai trường"),
        ],
    ),
}

#: documents: id -> (số hiệu, ngày ban hành, người ký, trích yếu, blob id, file name)
DOCUMENTS: dict[int, tuple[str, str, str, str, int, str]] = {
    12: (
        "125/KH-THCSLTT",
        "02/10/2026",
        "Trịnh Xuân Bách",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        9012,
        "ke-hoach.pdf",
    ),
    11: (
        "118/QĐ-THCSLTT",
        "15/9/2026",
        "Trịnh Xuân Bách",
        "Quyết định thành lập các tổ chuyên môn, tổ văn phòng năm học 2026 - 2027",
        9011,
        "quyet-dinh-thanh-lap-to-chuyen-mon.pdf",
    ),
    9: (
        "97/KH-THCSLTT",
        "28/8/2026",
        "Trịnh Xuân Bách",
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        9009,
        "ke-hoach-giao-duc-nha-truong-2026-2027.pdf",
    ),
}
for _doc in DOCUMENTS.values():
    _BLOBS[_doc[4]] = _doc[5]

WEEK = TODAY_DATE - timedelta(days=TODAY_DATE.weekday())  # Monday 23/11/2026
SCHEDULE_WEEKS = [WEEK - timedelta(days=7), WEEK, WEEK + timedelta(days=7)]

NON_ARTICLES: list[str] = [
    "/",
    "/posts",
    *(f"/posts?page={n}" for n in range(2, pages_of(len(STORIES)) + 1)),
    *(
        f"/posts?category={c}" + (f"&page={n}" if n > 1 else "")
        for c in CATS
        for n in range(1, pages_of(len(newest(c))) + 1)
    ),
    *(
        f"/categories/{c}" + (f"?page={n}" if n > 1 else "")
        for c in CATS
        for n in range(1, pages_of(len(newest(c))) + 1)
    ),
    "/pages/gioi-thieu",
    "/pages/lien-he",
    "/albums",
    *(f"/albums/{a}" for a in ALBUMS),
    "/documents",
    *(f"/documents/{d}" for d in DOCUMENTS),
    "/schedules",
    f"/schedules?week={SCHEDULE_WEEKS[0]:%Y-%m-%d}",
    f"/schedules?week={SCHEDULE_WEEKS[2]:%Y-%m-%d}",
    "/users/sign_in",
    "/users/password/new",
]


# --- rendering: the Trix body -------------------------------------------------------------------


def _plain(value: str, story: Story) -> str:
    """Escaped text, with the story's anchors and Trix's "&nbsp; " where the editor typed two spaces."""
    out = text(value)
    for label, href in story.opts.get("links", {}).items():
        out = out.replace(text(label), f'<a href="{href}">{text(label)}</a>')
    if story.opts.get("nbsp"):
        out = out.replace(". ", ".&nbsp; ")
    return out


def _figure(img: Img, base: str) -> str:
    kind, _, ident = img.style.partition(":")
    if kind == "remote":
        return (
            f'<action-text-attachment content-type="image" url="{esc(img.src)}" width="1280" height="853">'
            f'<figure class="attachment attachment--preview">\n'
            f'  <img width="1280" height="853" src="{esc(img.src)}" />\n</figure></action-text-attachment>'
        )
    blob_id = int(ident)
    filename = _BLOBS[blob_id]
    sgid = opaque(f"sgid-{blob_id}", 48)
    attrs = (
        f'sgid="{sgid}" content-type="image/jpeg" url="{base}{blob_path(blob_id, filename)}" '
        f'filename="{esc(filename)}" filesize="{1_000_000 + blob_id * 13}" width="2048" height="1536" '
        f'previewable="true"'
    )
    if kind == "gallery":
        attrs += ' presentation="gallery"'
    if img.printed:
        attrs += f' caption="{esc(img.printed)}"'
        caption = f"\n      {text(img.printed)}\n    "
    else:
        caption = (
            f'\n      <span class="attachment__name">{esc(filename)}</span>\n'
            f'      <span class="attachment__size">{_size(blob_id)}</span>\n    '
        )
    return (
        f"<action-text-attachment {attrs}>"
        f'<figure class="attachment attachment--preview attachment--{filename.rsplit(".", 1)[1].lower()}">\n'
        f'    <img src="{base}{img.src}" />\n\n'
        f'  <figcaption class="attachment__caption">{caption}</figcaption>\n'
        f"</figure></action-text-attachment>"
    )


_BLOCK_RAW = re.compile(r"^<(div|action-text-attachment|blockquote|h1|ul)\b")


def trix(story: Story, base: str) -> str:
    """The ActionText body as Trix stored it and Rails renders it."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append("<div>" + "<br><br>".join(run) + "</div>")
            run.clear()

    blocks = story.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if isinstance(block, P):
            if block.style == "":
                run.append(_plain(block.text, story))
            elif block.style == "li":
                flush()
                items = []
                while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                    items.append(f"<li>{_plain(blocks[i].text, story)}</li>")
                    i += 1
                out.append(f"<ul>{''.join(items)}</ul>")
                continue
            else:
                flush()
                inner = _plain(block.text, story)
                out.append(
                    {
                        "div": f"<div>{inner}</div>",
                        "h1": f"<h1>{inner}</h1>",
                        "quote": f"<blockquote>{inner}</blockquote>",
                        "bold": f"<div><strong>{inner}</strong></div>",
                    }[block.style]
                )
        elif isinstance(block, Img):
            flush()
            if block.style.startswith("gallery"):
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style.startswith("gallery"):
                    group.append(_figure(blocks[i], base))
                    i += 1
                out.append(f'<div class="attachment-gallery attachment-gallery--{len(group)}">{"".join(group)}</div>')
                continue
            out.append(_figure(block, base))
        else:
            markup = block.html.replace("{base}", base)
            if _BLOCK_RAW.match(markup):
                flush()
                out.append(markup)
            else:
                run.append(markup)
        i += 1
    flush()
    return "".join(out)


# --- rendering: layout --------------------------------------------------------------------------


def _ddmmyyyy(story: Story) -> str:
    return f"{_at(story):%d/%m/%Y}"


def _time_tag(story: Story) -> str:
    return f'<time datetime="{_at(story).isoformat()}">{_ddmmyyyy(story)}</time>'


def _thumb(story: Story) -> str:
    for block in story.blocks:
        if isinstance(block, Img) and block.style != "remote":
            blob_id = int(block.style.partition(":")[2])
            return rep_path(blob_id, _BLOBS[blob_id], _VARIANT_THUMB)
    return "/assets/no-image-5e1a9c0f3b7d2e4a6c8b0d2f4a6c8e1b.png"


def _excerpt(story: Story) -> str:
    first = story.summary or story.paragraphs[0]
    return first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "..."


def _head(request: Request, title: str, extra: str = "") -> str:
    base = base_url(request)
    return f"""<!DOCTYPE html>
<html lang="vi">
  <head>
    <title>{esc(title)} | {esc(SHORT)}</title>
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="{CSRF}" />
    <meta name="turbo-refresh-method" content="morph">
    <meta name="turbo-refresh-scroll" content="preserve">
{extra}
    <link rel="icon" href="/favicon.ico">
    <link rel="alternate" type="application/rss+xml" title="RSS" href="{base}/posts.rss" />
    <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css">
    <link rel="stylesheet" href="{ASSET}" data-turbo-track="reload" />
    <script type="importmap" data-turbo-track="reload">{{
  "imports": {{
    "application": "{JS}",
    "@hotwired/turbo-rails": "/assets/turbo.min-3e4f7c1a9b2d.js",
    "@hotwired/stimulus": "/assets/stimulus.min-8a1b2c3d4e5f.js",
    "trix": "/assets/trix-0b1c2d3e4f5a.js",
    "@rails/actiontext": "/assets/actiontext.esm-6a7b8c9d0e1f.js",
    "bootstrap": "https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.esm.min.js"
  }}
}}</script>
<link rel="modulepreload" href="{JS}">
<script type="module">import "application"</script>
  </head>"""


def _navbar(active: str) -> str:
    def item(href: str, label: str) -> str:
        cls = "nav-link active" if href == active else "nav-link"
        return f'<li class="nav-item"><a class="{cls}" href="{href}">{esc(label)}</a></li>'

    drop = "".join(f'<li><a class="dropdown-item" href="/categories/{c}">{esc(n)}</a></li>' for c, n in CATS.items())
    return f"""
    <div class="topbar bg-light border-bottom small py-1">
      <div class="container d-flex justify-content-between">
        <span class="today"><i class="bi bi-calendar3"></i> {TODAY}</span>
        <span>Đường dây nóng: <a href="tel:{HOTLINE.replace(" ", "")}">{HOTLINE}</a></span>
      </div>
    </div>
    <header class="brand py-3">
      <div class="container d-flex align-items-center">
        <a href="/" class="me-3"><img src="/assets/logo-lytutrong-2c4e6a8b0d1f.png" alt="Logo {esc(SITE)}" height="80"></a>
        <div class="flex-grow-1">
          <div class="text-uppercase small text-secondary">UBND phường Hạc Thành</div>
          <div class="brand-name h3 text-uppercase text-success fw-bold mb-0">{esc(SITE)}</div>
          <div class="fst-italic small">Kỷ cương - Tình thương - Trách nhiệm</div>
        </div>
        <form class="d-none d-md-flex" role="search" action="/posts" accept-charset="UTF-8" method="get">
          <input type="search" name="q" id="q" class="form-control form-control-sm me-1" placeholder="Tìm bài viết..." />
          <button type="submit" class="btn btn-sm btn-success"><i class="bi bi-search"></i></button>
        </form>
      </div>
    </header>
    <nav class="navbar navbar-expand-lg navbar-dark bg-success">
      <div class="container">
        <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainMenu" aria-controls="mainMenu" aria-expanded="false" aria-label="Menu"><span class="navbar-toggler-icon"></span></button>
        <div class="collapse navbar-collapse" id="mainMenu">
          <ul class="navbar-nav me-auto">
            {item("/", "Trang chủ")}
            {item("/pages/gioi-thieu", "Giới thiệu")}
            <li class="nav-item dropdown">
              <a class="nav-link dropdown-toggle" href="/posts" role="button" data-bs-toggle="dropdown" aria-expanded="false">Tin tức</a>
              <ul class="dropdown-menu"><li><a class="dropdown-item" href="/posts">Tất cả bài viết</a></li><li><hr class="dropdown-divider"></li>{drop}</ul>
            </li>
            {item("/documents", "Văn bản")}
            {item("/albums", "Thư viện ảnh")}
            {item("/schedules", "Lịch công tác")}
            {item("/pages/lien-he", "Liên hệ")}
          </ul>
          <a class="btn btn-outline-light btn-sm" href="/users/sign_in"><i class="bi bi-person-circle"></i> Đăng nhập</a>
        </div>
      </div>
    </nav>
    <div id="flash" class="container mt-3"></div>
    <div class="container">
      <div class="alert alert-warning alert-dismissible fade show small" role="alert">
        <i class="bi bi-megaphone"></i> Nhà trường đã cập nhật lịch kiểm tra cuối học kì I. <a href="{article_path(_BY_ID[142])}" class="alert-link">Xem chi tiết</a>
        <button type="button" class="btn-close" data-bs-dismiss="alert" aria-label="Đóng"></button>
      </div>
    </div>"""


_SCHEDULE: dict[date, list[tuple[str, str]]] = {
    WEEK: [
        ("Thứ Hai 23/11", "7h00: Chào cờ đầu tuần, sơ kết thi đua tháng 11; 14h00: Họp Hội đồng sư phạm"),
        ("Thứ Ba 24/11", "8h00: Kiểm tra nội bộ tổ Khoa học tự nhiên"),
        ("Thứ Tư 25/11", "14h00: Sinh hoạt chuyên môn các tổ"),
        ("Thứ Năm 26/11", "7h30: Dự giờ giáo viên tập sự"),
        ("Thứ Sáu 27/11", "15h00: Giao ban Ban giám hiệu"),
        ("Thứ Bảy 28/11", "Câu lạc bộ năng khiếu sinh hoạt buổi chiều"),
    ],
    WEEK - timedelta(days=7): [
        ("Thứ Hai 16/11", "7h00: Chào cờ; phát động thi đua chào mừng ngày 20/11"),
        ("Thứ Ba 17/11", "16h00: Tổng duyệt chương trình văn nghệ"),
        ("Thứ Sáu 20/11", "7h30: Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"),
    ],
}


def _week_link(week: date, label: str) -> str:
    return f'<a href="/schedules?week={week:%Y-%m-%d}" class="btn btn-sm btn-outline-secondary">{label}</a>'


def _sidebar() -> str:
    latest = "".join(
        f'<li class="list-group-item"><a href="{article_path(s)}" class="text-decoration-none">{esc(s.title)}</a>'
        f'<br><small class="text-muted"><i class="bi bi-clock"></i> {_ddmmyyyy(s)}</small></li>'
        for s in newest()[:5]
    )
    week = "".join(
        f'<tr><th class="text-nowrap small">{esc(day)}</th><td class="small">{esc(what)}</td></tr>'
        for day, what in _SCHEDULE[WEEK][:4]
    )
    return f"""<aside class="col-lg-4 sidebar">
          <div class="card mb-4 latest-posts">
            <div class="card-header bg-success text-white fw-bold"><i class="bi bi-newspaper"></i> Bài viết mới</div>
            <ul class="list-group list-group-flush">{latest}</ul>
          </div>
          <div class="card mb-4 weekly-schedule">
            <div class="card-header bg-success text-white fw-bold"><i class="bi bi-calendar-week"></i> Lịch công tác tuần</div>
            <div class="card-body p-2">
              <p class="small text-muted mb-1">Tuần từ {WEEK:%d/%m} đến {WEEK + timedelta(days=6):%d/%m/%Y}</p>
              <table class="table table-sm mb-2">{week}</table>
              <div class="d-flex justify-content-between">{_week_link(WEEK - timedelta(days=7), "‹ Tuần trước")}<a href="/schedules" class="small">Xem đầy đủ</a>{_week_link(WEEK + timedelta(days=7), "Tuần sau ›")}</div>
            </div>
          </div>
          <div class="card mb-4 banners">
            <div class="card-body d-grid gap-2">
              <a href="https://sogddt.thanhhoa.gov.vn" target="_blank" rel="noopener"><img src="/assets/banner-so-gddt-7a1c3e5b9d0f.png" class="img-fluid" alt="Sở Giáo dục và Đào tạo Thanh Hóa"></a>
              <a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/assets/banner-bo-gddt-1f3b5d7e9a2c.png" class="img-fluid" alt="Bộ Giáo dục và Đào tạo"></a>
              <a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img src="/assets/banner-csdl-nganh-4d6f8a0c2e1b.png" class="img-fluid" alt="Cơ sở dữ liệu ngành"></a>
            </div>
          </div>
        </aside>"""


def _footer() -> str:
    return f"""
    <footer class="site-footer bg-dark text-white-50 mt-auto pt-4">
      <div class="container">
        <div class="row">
          <div class="col-md-7">
            <h5 class="text-white text-uppercase">{esc(SITE)}</h5>
            <p class="mb-1"><i class="bi bi-geo-alt-fill"></i> Địa chỉ: {esc(ADDRESS)}</p>
            <p class="mb-1"><i class="bi bi-telephone-fill"></i> Điện thoại (Hotline): {HOTLINE}</p>
            <p class="mb-1"><i class="bi bi-envelope-fill"></i> Email: {EMAIL}</p>
            <p class="mb-1">Chịu trách nhiệm nội dung: Thầy Trịnh Xuân Bách - Hiệu trưởng</p>
          </div>
          <div class="col-md-5">
            <h6 class="text-white">Thống kê truy cập</h6>
            <ul class="list-unstyled small visit-counter">
              <li>Đang truy cập: <strong>14</strong></li>
              <li>Hôm nay: <strong>356</strong></li>
              <li>Tháng này: <strong>8.912</strong></li>
              <li>Tổng lượt truy cập: <strong>241.873</strong></li>
            </ul>
          </div>
        </div>
        <hr class="border-secondary">
        <p class="small text-center pb-3 mb-0">© 2026 {esc(SITE)}. Thiết kế và phát triển: Công ty TNHH Phần mềm Lam Sơn.</p>
      </div>
    </footer>
  </body>
</html>
"""


def _layout(request: Request, title: str, main: str, *, active: str = "", extra: str = "", sidebar: bool = True) -> str:
    column = f'<div class="col-lg-8">{main}</div>\n        {_sidebar()}' if sidebar else f'<div class="col-12">{main}</div>'
    return (
        _head(request, title, extra)
        + '\n  <body class="d-flex flex-column min-vh-100">'
        + _navbar(active)
        + f'\n    <main class="container my-4">\n      <div class="row">\n        {column}\n      </div>\n    </main>'
        + _footer()
    )


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = ['<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>']
    for href, label in trail:
        if href:
            items.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            items.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb small">{"".join(items)}</ol></nav>'


def _truncate(value: str, length: int = 50) -> str:
    """Rails' ``truncate(title, length: 50)``."""
    if len(value) <= length:
        return value
    return value[: length - 3] + "..."


# --- pages ---------------------------------------------------------------------------------------


def _article(story: Story, request: Request) -> str:
    base = base_url(request)
    canonical = base + article_path(story)
    siblings = newest(story.cat)
    pos = siblings.index(story)
    older = siblings[pos + 1] if pos + 1 < len(siblings) else None
    newer = siblings[pos - 1] if pos > 0 else None
    related = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <small class="text-muted">({_ddmmyyyy(s)})</small></li>'
        for s in [s for s in siblings if s.id != story.id][:RELATED]
    )
    excerpt = f'\n      <p class="post-excerpt lead fw-semibold">{text(story.summary)}</p>' if story.summary and story.sapo_outside else ""
    user = story.opts["user"]
    nav = '<nav class="post-nav d-flex justify-content-between border-top pt-3 mt-3 small">'
    nav += f'<a href="{article_path(older)}">‹ Bài trước: {esc(_truncate(older.title))}</a>' if older else "<span></span>"
    nav += f'<a href="{article_path(newer)}">Bài sau: {esc(_truncate(newer.title))} ›</a>' if newer else "<span></span>"
    nav += "</nav>"
    image = _thumb(story)
    extra = f"""    <meta name="description" content="{esc(_excerpt(story))}">
    <link rel="canonical" href="{canonical}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{esc(story.title)}">
    <meta property="og:url" content="{canonical}">
    <meta property="og:image" content="{base}{image}">
    <meta property="article:published_time" content="{_at(story).isoformat()}">"""
    main = f"""{_crumbs((f"/categories/{story.cat}", CATS[story.cat]), (None, _truncate(story.title)))}
    <article class="post" id="post_{story.id}">
      <header class="post-header mb-3">
        <h1 class="post-title">{esc(story.title)}</h1>
        <div class="post-meta text-muted small">
          <span class="me-3"><i class="bi bi-calendar-event"></i> {_time_tag(story)}</span>
          <span class="me-3"><i class="bi bi-folder2-open"></i> <a href="/categories/{story.cat}" class="text-muted">{esc(CATS[story.cat])}</a></span>
          <span><i class="bi bi-eye"></i> {story.views()} lượt xem</span>
        </div>
      </header>{excerpt}
      <div class="post-body">
        <div class="trix-content">
  {trix(story, base)}
</div>

      </div>
      <p class="post-author text-end fst-italic mt-3">Tác giả: <strong>{esc(user)}</strong></p>
      <div class="post-tools d-flex gap-2 border-top pt-2" data-controller="share">
        <a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={canonical}" target="_blank" rel="noopener"><i class="bi bi-facebook"></i> Chia sẻ</a>
        <div class="zalo-share-button" data-href="{canonical}" data-oaid="579745863508352884" data-layout="2" data-color="blue" data-customize="false"></div>
        <button type="button" class="btn btn-sm btn-outline-secondary" data-action="share#copy" data-share-url-value="{base}/posts/{story.id}"><i class="bi bi-link-45deg"></i> Sao chép liên kết</button>
        <button type="button" class="btn btn-sm btn-outline-secondary" onclick="window.print()"><i class="bi bi-printer"></i> In bài</button>
      </div>
    </article>
    {nav}
    <section class="related-posts mt-4">
      <h2 class="h5 border-bottom pb-2">Tin liên quan</h2>
      <ul class="list-unstyled">{related}</ul>
    </section>"""
    return _layout(request, story.title, main, active="", extra=extra)


def _card(story: Story) -> str:
    path = article_path(story)
    return f"""
    <div class="card post-card mb-3" id="post_{story.id}">
      <div class="row g-0">
        <div class="col-4"><a href="{path}" data-turbo-frame="_top"><img src="{_thumb(story)}" class="img-fluid rounded-start" alt="{esc(story.title)}"></a></div>
        <div class="col-8">
          <div class="card-body py-2">
            <h2 class="card-title h6"><a href="{path}" data-turbo-frame="_top">{esc(story.title)}</a></h2>
            <p class="card-text mb-1"><small class="text-body-secondary"><i class="bi bi-clock"></i> {_time_tag(story)} · {esc(CATS[story.cat])}</small></p>
            <p class="card-text small">{esc(_excerpt(story))}</p>
          </div>
        </div>
      </div>
    </div>"""


def _query(params: dict[str, str]) -> str:
    """Rails' ``to_query``: keys sorted, empty ones dropped."""
    from urllib.parse import quote_plus

    kept = sorted((k, v) for k, v in params.items() if v not in (None, ""))
    return "&".join(f"{quote_plus(k)}={quote_plus(str(v))}" for k, v in kept)


def _url(path: str, params: dict[str, str]) -> str:
    q = _query(params)
    return f"{path}?{q}" if q else path


def pager(path: str, params: dict[str, str], current: int, total: int) -> str:
    """Kaminari's default theme (vi locale), window 2, links targeting the turbo-frame."""
    if total <= 1:
        return ""

    def href(n: int) -> str:
        return esc(_url(path, {**params, "page": str(n) if n > 1 else ""}))

    def link(n: int, label: str, rel: str = "") -> str:
        rel_attr = f' rel="{rel}"' if rel else ""
        return f'<a{rel_attr} data-turbo-frame="posts" href="{href(n)}">{label}</a>'

    parts = ['<nav class="pagination" role="navigation" aria-label="pager">']
    if current > 1:
        parts.append(f'  <span class="first">\n  {link(1, "&laquo; Đầu")}\n</span>')
        parts.append(f'  <span class="prev">\n  {link(current - 1, "&lsaquo; Trước", "prev")}\n</span>')
    truncated = False
    for n in range(1, total + 1):
        if abs(n - current) <= WINDOW:
            truncated = False
            if n == current:
                parts.append(f'  <span class="page current">\n  {n}\n</span>')
            else:
                rel = "next" if n == current + 1 else ("prev" if n == current - 1 else "")
                parts.append(f'  <span class="page">\n  {link(n, str(n), rel)}\n</span>')
        elif not truncated:
            truncated = True
            parts.append('  <span class="page gap">&hellip;</span>')
    if current <= total and current != total:
        parts.append(f'  <span class="next">\n  {link(current + 1, "Tiếp &rsaquo;", "next")}\n</span>')
        parts.append(f'  <span class="last">\n  {link(total, "Cuối &raquo;")}\n</span>')
    parts.append("</nav>")
    return "\n".join(parts)


def _page_number(request: Request) -> int:
    try:
        return max(1, int(request.params.get("page", "1")))
    except ValueError:
        return 1


def _fold(value: str) -> str:
    import unicodedata

    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _frame(items: list[Story], path: str, params: dict[str, str], page: int) -> str:
    total = pages_of(len(items))
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "".join(_card(s) for s in chunk) or '\n    <p class="text-muted fst-italic">Chưa có bài viết nào.</p>'
    return f"""<turbo-frame id="posts" data-turbo-action="advance">
  <div class="post-list">{cards}
  </div>
  {pager(path, params, page, total)}
</turbo-frame>"""


def _frame_only(request: Request, title: str, frame: str) -> Response:
    """turbo-rails' frame layout: what a Turbo-Frame request gets."""
    body = f"""<html>
  <head>
    <title>{esc(title)} | {esc(SHORT)}</title>
    <meta name="csrf-token" content="{CSRF}" />
  </head>
  <body>
    {frame}
  </body>
</html>"""
    return html(body, headers={"Vary": "Turbo-Frame"})


def _posts_index(request: Request) -> str | Response:
    params = request.params
    page = _page_number(request)
    cat = params.get("category", "")
    q = params.get("q", "").strip()
    items = newest(cat if cat in CATS else None)
    if cat and cat not in CATS:
        items = []
    if q:
        items = [s for s in items if _fold(q) in _fold(s.title + " " + " ".join(s.paragraphs))]
    kept = {k: v for k, v in (("category", cat), ("q", q)) if v}
    frame = _frame(items, "/posts", kept, page)
    title = "Kết quả tìm kiếm" if q else "Tất cả bài viết"
    if request.headers.get("Turbo-Frame") == "posts":
        return _frame_only(request, title, frame)
    current = dict(params)
    pills = ['<ul class="nav nav-pills small mb-3 category-filter">']
    for slug, name in [("", "Tất cả"), *CATS.items()]:
        target = _url("/posts", {**current, "category": slug})
        cls = "nav-link active" if slug == cat else "nav-link"
        pills.append(f'<li class="nav-item"><a class="{cls}" href="{esc(target)}">{esc(name)}</a></li>')
    pills.append("</ul>")
    heading = f"Kết quả tìm kiếm cho “{esc(q)}”" if q else "Tất cả bài viết"
    main = f"""{_crumbs((None, "Tin tức"))}
    <h1 class="page-title h4 border-start border-4 border-success ps-2 mb-3">{heading}</h1>
    {"".join(pills)}
    {frame}"""
    extra = f'    <link rel="canonical" href="{base_url(request)}/posts">' if not params else '    <meta name="robots" content="noindex, follow">'
    return _layout(request, title, main, active="/posts", extra=extra)


def _category(request: Request, slug: str) -> str | Response:
    page = _page_number(request)
    frame = _frame(newest(slug), f"/categories/{slug}", {}, page)
    if request.headers.get("Turbo-Frame") == "posts":
        return _frame_only(request, CATS[slug], frame)
    main = f"""{_crumbs(("/posts", "Tin tức"), (None, CATS[slug]))}
    <h1 class="page-title h4 border-start border-4 border-success ps-2 mb-3">{esc(CATS[slug])}</h1>
    {frame}"""
    suffix = f"?page={page}" if page > 1 else ""
    extra = f'    <link rel="canonical" href="{base_url(request)}/categories/{slug}{suffix}">'
    return _layout(request, CATS[slug], main, active="", extra=extra)


def _home(request: Request) -> str:
    top = newest()[0]
    featured = f"""<div class="card featured mb-4">
      <a href="{article_path(top)}"><img src="{_thumb(top)}" class="card-img-top" alt="{esc(top.title)}"></a>
      <div class="card-body"><h2 class="h5"><a href="{article_path(top)}">{esc(top.title)}</a></h2>
      <p class="small text-muted mb-1">{_time_tag(top)}</p><p>{esc(_excerpt(top))}</p></div></div>"""
    blocks = []
    for slug, name in CATS.items():
        items = [s for s in newest(slug) if s.id != top.id][:4]
        lis = "".join(
            f'<li class="list-group-item d-flex justify-content-between"><a href="{article_path(s)}">{esc(s.title)}</a>'
            f'<small class="text-muted ms-2 text-nowrap">{_ddmmyyyy(s)}</small></li>'
            for s in items
        )
        blocks.append(
            f'<section class="home-block mb-4"><div class="d-flex justify-content-between border-bottom mb-2">'
            f'<h2 class="h5 text-success">{esc(name)}</h2><a href="/categories/{slug}" class="small">Xem tất cả ›</a></div>'
            f'<ul class="list-group list-group-flush">{lis}</ul></section>'
        )
    docs = "".join(
        f'<li><a href="/documents/{d}">{esc(v[3])}</a> <small class="text-muted">({v[1]})</small></li>'
        for d, v in DOCUMENTS.items()
    )
    albums = "".join(
        f'<div class="col-6"><a href="/albums/{a}"><img src="{rep_path(v[2][0][0], v[2][0][1], _VARIANT_THUMB)}" class="img-fluid rounded" alt="{esc(v[0])}"></a>'
        f'<div class="small mt-1"><a href="/albums/{a}">{esc(v[0])}</a></div></div>'
        for a, v in ALBUMS.items()
    )
    main = f"""{featured}
    {"".join(blocks)}
    <section class="mb-4"><h2 class="h5 text-success border-bottom">Văn bản mới</h2><ul class="small">{docs}</ul><a href="/documents" class="small">Xem tất cả văn bản ›</a></section>
    <section class="mb-4"><h2 class="h5 text-success border-bottom">Thư viện ảnh</h2><div class="row g-2">{albums}</div></section>"""
    extra = f'    <meta name="description" content="Website {esc(SITE)}, phường Hạc Thành, tỉnh Thanh Hóa">\n    <link rel="canonical" href="{base_url(request)}/">'
    return _layout(request, "Trang chủ", main, active="/", extra=extra)


_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            f"{SITE} được thành lập năm 1962, là một trong những trường trung học cơ sở có bề dày truyền"
            " thống của tỉnh Thanh Hóa. Năm 2020, trường được công nhận đạt chuẩn quốc gia mức độ 2.",
            "Năm học 2026 - 2027, nhà trường có 30 lớp với 1.236 học sinh; 68 cán bộ, giáo viên, nhân"
            " viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.",
            "Cơ sở vật chất gồm 30 phòng học, 12 phòng bộ môn, thư viện đạt chuẩn, nhà đa năng và sân"
            " thể thao. Các lớp học đều được trang bị màn hình tương tác phục vụ dạy học.",
            "Ban giám hiệu: Thầy Trịnh Xuân Bách - Hiệu trưởng; Thầy Phạm Văn Dũng - Phó Hiệu trưởng;"
            " Cô Nguyễn Thị Thanh Hương - Phó Hiệu trưởng.",
        ],
    ),
}


def _static(request: Request, slug: str) -> str:
    title, paragraphs = _PAGES[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    main = f'{_crumbs((None, title))}<div class="static-page"><h1 class="page-title h3">{esc(title)}</h1>{body}</div>'
    return _layout(request, title, main, active=f"/pages/{slug}")


def _contact(request: Request) -> str:
    main = f"""{_crumbs((None, "Liên hệ"))}
    <h1 class="page-title h3">Liên hệ</h1>
    <p><strong>{esc(SITE)}</strong></p>
    <p>Địa chỉ: {esc(ADDRESS)}<br>Điện thoại: {HOTLINE}<br>Email: <a href="mailto:{EMAIL}">{EMAIL}</a></p>
    <div class="ratio ratio-16x9 mb-3"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3752.1!2d105.776!3d19.807" loading="lazy"></iframe></div>
    <form class="contact-form" action="/contacts" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="{CSRF}" autocomplete="off" />
      <div class="mb-2"><label class="form-label" for="contact_name">Họ và tên</label><input class="form-control" type="text" name="contact[name]" id="contact_name" /></div>
      <div class="mb-2"><label class="form-label" for="contact_email">Email</label><input class="form-control" type="email" name="contact[email]" id="contact_email" /></div>
      <div class="mb-2"><label class="form-label" for="contact_body">Nội dung</label><textarea class="form-control" rows="4" name="contact[body]" id="contact_body"></textarea></div>
      <input type="submit" name="commit" value="Gửi liên hệ" class="btn btn-success" data-disable-with="Gửi liên hệ" />
    </form>"""
    return _layout(request, "Liên hệ", main, active="/pages/lien-he")


def _albums(request: Request) -> str:
    cards = "".join(
        f'<div class="col-md-6"><div class="card"><a href="/albums/{a}"><img src="{rep_path(v[2][0][0], v[2][0][1], _VARIANT_THUMB)}" class="card-img-top" alt="{esc(v[0])}"></a>'
        f'<div class="card-body"><h2 class="h6"><a href="/albums/{a}">{esc(v[0])}</a></h2><small class="text-muted">{v[1]} · {len(v[2])} ảnh</small></div></div></div>'
        for a, v in ALBUMS.items()
    )
    main = f'{_crumbs((None, "Thư viện ảnh"))}<h1 class="page-title h4">Thư viện ảnh</h1><div class="row g-3">{cards}</div>'
    return _layout(request, "Thư viện ảnh", main, active="/albums")


def _album(request: Request, album_id: int) -> str:
    title, day, photos = ALBUMS[album_id]
    base = base_url(request)
    grid = "".join(
        f'<div class="col-md-4"><figure class="figure album-photo"><a href="{base}{blob_path(b, f)}" data-lightbox="album">'
        f'<img src="{base}{rep_path(b, f, _VARIANT_GALLERY)}" class="figure-img img-fluid rounded" alt="{esc(c)}"></a>'
        f'<figcaption class="figure-caption">{esc(c)}</figcaption></figure></div>'
        for b, f, c in photos
    )
    main = f"""{_crumbs(("/albums", "Thư viện ảnh"), (None, title))}
    <h1 class="page-title h4">{esc(title)}</h1><p class="text-muted small">Ngày {day} · {len(photos)} ảnh</p>
    <div class="row g-3">{grid}</div>"""
    return _layout(request, title, main, active="/albums")


def _documents(request: Request) -> str:
    base = base_url(request)
    rows = "".join(
        f'<tr><td>{esc(v[0])}</td><td>{v[1]}</td><td><a href="/documents/{d}">{esc(v[3])}</a></td>'
        f'<td><a href="{base}{blob_path(v[4], v[5])}" class="btn btn-sm btn-outline-success"><i class="bi bi-download"></i> Tải về</a></td></tr>'
        for d, v in DOCUMENTS.items()
    )
    main = f"""{_crumbs((None, "Văn bản"))}<h1 class="page-title h4">Văn bản</h1>
    <table class="table table-bordered table-hover small"><thead class="table-success"><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr></thead>
    <tbody>{rows}</tbody></table>"""
    return _layout(request, "Văn bản", main, active="/documents")


def _document(request: Request, doc_id: int) -> str:
    number, issued, signer, summary, blob_id, filename = DOCUMENTS[doc_id]
    base = base_url(request)
    main = f"""{_crumbs(("/documents", "Văn bản"), (None, number))}
    <div class="document-record"><h1 class="page-title h5">{esc(summary)}</h1>
    <dl class="row small">
      <dt class="col-sm-3">Số hiệu</dt><dd class="col-sm-9">{esc(number)}</dd>
      <dt class="col-sm-3">Ngày ban hành</dt><dd class="col-sm-9">{issued}</dd>
      <dt class="col-sm-3">Người ký</dt><dd class="col-sm-9">{esc(signer)}</dd>
      <dt class="col-sm-3">Trích yếu</dt><dd class="col-sm-9">{esc(summary)}</dd>
      <dt class="col-sm-3">Tệp đính kèm</dt><dd class="col-sm-9"><a href="{base}{blob_path(blob_id, filename)}"><i class="bi bi-file-earmark-pdf"></i> {esc(filename)}</a> ({_size(blob_id)})</dd>
    </dl></div>"""
    return _layout(request, number, main, active="/documents")


def _schedule(request: Request) -> str:
    raw = request.params.get("week", "")
    try:
        day = date.fromisoformat(raw) if raw else WEEK
    except ValueError:
        day = WEEK
    monday = day - timedelta(days=day.weekday())
    rows = _SCHEDULE.get(monday)
    try:
        later = _week_link(monday + timedelta(days=7), "Tuần sau ›")
    except OverflowError:  # year 9999: Ruby's Date goes on, Python's stops
        later = ""
    try:
        earlier = _week_link(monday - timedelta(days=7), "‹ Tuần trước")
    except OverflowError:
        earlier = ""
    table = (
        "".join(f"<tr><th>{esc(d)}</th><td>{esc(w)}</td></tr>" for d, w in rows)
        if rows
        else '<tr><td colspan="2" class="text-muted fst-italic">Chưa có lịch công tác tuần này.</td></tr>'
    )
    main = f"""{_crumbs((None, "Lịch công tác"))}
    <h1 class="page-title h4">Lịch công tác tuần</h1>
    <div class="d-flex justify-content-between align-items-center mb-2">
      {earlier}
      <strong>Tuần từ {monday:%d/%m/%Y} đến {(monday + timedelta(days=6)) if later else monday:%d/%m/%Y}</strong>
      {later}
    </div>
    <table class="table table-bordered small">{table}</table>"""
    return _layout(request, "Lịch công tác tuần", main, active="/schedules")


def _sign_in(request: Request) -> str:
    main = f"""<div class="row justify-content-center"><div class="col-md-5"><div class="card"><div class="card-body">
    <h1 class="h5">Đăng nhập</h1>
    <form class="new_user" id="new_user" action="/users/sign_in" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="{CSRF}" autocomplete="off" />
      <div class="mb-2"><label class="form-label" for="user_email">Email</label><input autofocus="autofocus" autocomplete="email" class="form-control" type="email" value="" name="user[email]" id="user_email" /></div>
      <div class="mb-2"><label class="form-label" for="user_password">Mật khẩu</label><input autocomplete="current-password" class="form-control" type="password" name="user[password]" id="user_password" /></div>
      <div class="form-check mb-2"><input name="user[remember_me]" type="hidden" value="0" autocomplete="off" /><input class="form-check-input" type="checkbox" value="1" name="user[remember_me]" id="user_remember_me" /><label class="form-check-label" for="user_remember_me">Ghi nhớ đăng nhập</label></div>
      <input type="submit" name="commit" value="Đăng nhập" class="btn btn-success w-100" data-disable-with="Đăng nhập" />
    </form>
    <a href="/users/password/new" class="small">Quên mật khẩu?</a>
    </div></div></div></div>"""
    return _layout(request, "Đăng nhập", main, sidebar=False)


def _password(request: Request) -> str:
    main = f"""<div class="row justify-content-center"><div class="col-md-5"><div class="card"><div class="card-body">
    <h1 class="h5">Quên mật khẩu?</h1>
    <form action="/users/password" accept-charset="UTF-8" method="post"><input type="hidden" name="authenticity_token" value="{CSRF}" autocomplete="off" />
      <div class="mb-2"><label class="form-label" for="user_email">Email</label><input class="form-control" type="email" name="user[email]" id="user_email" /></div>
      <input type="submit" name="commit" value="Gửi hướng dẫn đặt lại mật khẩu" class="btn btn-success w-100" />
    </form>
    <a href="/users/sign_in" class="small">Đăng nhập</a>
    </div></div></div></div>"""
    return _layout(request, "Quên mật khẩu", main, sidebar=False)


def _rss(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"""
    <item>
      <title>{esc(s.title)}</title>
      <description>{esc(_excerpt(s))}</description>
      <pubDate>{format_datetime(_at(s))}</pubDate>
      <link>{base}{article_path(s)}</link>
      <guid>{base}{article_path(s)}</guid>
    </item>"""
        for s in newest()[:FEED_SIZE]
    )
    body = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{esc(SITE)}</title>
    <description>Tin tức, thông báo của {esc(SITE)}</description>
    <link>{base}/posts</link>{items}
  </channel>
</rss>
"""
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


_NOT_FOUND = """<!DOCTYPE html>
<html>
<head>
  <title>The page you were looking for doesn't exist (404)</title>
  <meta name="viewport" content="width=device-width,initial-scale=1">
</head>
<body class="rails-default-error-page">
  <div class="dialog">
    <div>
      <h1>The page you were looking for doesn't exist.</h1>
      <p>You may have mistyped the address or the page may have moved.</p>
    </div>
    <p>If you are the application owner check the logs for more information.</p>
  </div>
</body>
</html>
"""

_ROBOTS = "# See https://www.robotstxt.org/robotstxt.html for documentation on how to use the robots.txt file\n"

_POST = re.compile(r"^/posts/(\d+)(?:-[^/]*)?$")


def _disk_url(filename: str, blob_key: str) -> str:
    ctype = "application%2Fpdf" if filename.endswith(".pdf") else "image%2Fjpeg"
    key = opaque(f"disk-{blob_key}", 96).replace("+", "-").replace("/", "_")
    return f"/rails/active_storage/disk/{key}/{filename}?content_type={ctype}&disposition=inline%3B+filename%3D%22{filename}%22"


class RailsThcs:
    """config/routes.rb as a table."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/rails/active_storage/"):
            return self._storage(path)
        if path.startswith("/assets/") or path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain"})
        if path == "/posts.rss":
            return _rss(request)
        if request.method == "POST" and path == "/contacts":
            return redirect("/pages/lien-he", 303)
        if request.method == "GET" and path == "/admin":
            return redirect("/users/sign_in", 302)
        page = self._page(request)
        if page is None:
            return html(_NOT_FOUND, status=404)
        if isinstance(page, Response):
            return page
        return html(page, headers={"Set-Cookie": f"_lytutrong_session={opaque('session', 120)}; path=/; HttpOnly; SameSite=Lax"})

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        if path == "/":
            return _home(request)
        if m := _POST.match(path):
            story = _BY_ID.get(int(m.group(1)))
            return _article(story, request) if story else None
        if path == "/posts":
            return _posts_index(request)
        if m := re.fullmatch(r"/categories/([a-z0-9-]+)", path):
            return _category(request, m.group(1)) if m.group(1) in CATS else None
        if m := re.fullmatch(r"/pages/([a-z0-9-]+)", path):
            if m.group(1) == "lien-he":
                return _contact(request)
            return _static(request, m.group(1)) if m.group(1) in _PAGES else None
        if path == "/albums":
            return _albums(request)
        if m := re.fullmatch(r"/albums/(\d+)", path):
            return _album(request, int(m.group(1))) if int(m.group(1)) in ALBUMS else None
        if path == "/documents":
            return _documents(request)
        if m := re.fullmatch(r"/documents/(\d+)", path):
            return _document(request, int(m.group(1))) if int(m.group(1)) in DOCUMENTS else None
        if path == "/schedules":
            return _schedule(request)
        if path == "/users/sign_in":
            return _sign_in(request)
        if path == "/users/password/new":
            return _password(request)
        return None

    @staticmethod
    def _storage(path: str) -> Response | None:
        parts = path.split("/")
        # /rails/active_storage/{blobs|representations}/redirect/<sid>[/<variation>]/<file>
        if len(parts) >= 6 and parts[3] in ("blobs", "representations") and parts[4] == "redirect":
            filename = parts[-1]
            if filename not in _BLOBS.values():
                return html(_NOT_FOUND, status=404)
            return redirect(_disk_url(filename, "/".join(parts[5:])), 302)
        if len(parts) >= 6 and parts[3] == "disk":
            if parts[-1].endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(parts[-1])
        return html(_NOT_FOUND, status=404)


def build_site() -> RailsThcs:
    """A fresh site object; every page is rendered per request from the constants above."""
    return RailsThcs()
