"""Fixture portal: Phòng GD&ĐT huyện Hoài Ân on Laravel 10 + Livewire 3 + Tailwind (a local build, 2025).

Why: district education offices now commission small Laravel apps from local developers. The
2025 fashion is Livewire 3 (a Filament v3 admin, Livewire components on the public pages, Alpine
bundled, ``wire:navigate`` links). Its listings page with Livewire's ``WithPagination``: the
server renders the first page with Livewire's own Tailwind pagination view, whose page "links"
are ``<button type="button" wire:click="gotoPage(2, 'page')" …>`` (and ``previousPage('page')``
/ ``nextPage('page')`` for "‹ Trước" / "Sau ›"). No ``<a href="?page=2">`` exists anywhere; the
browser gets page 2 by POSTing the component's snapshot to ``/livewire/update`` and Livewire then
pushes ``?page=2`` into the address bar. Because the paginator is a ``#[Url]``-style query
property, a plain GET of ``?page=2`` renders page 2 on first load: that is the only way a crawler
gets there.

What it serves
- ``/``: home (a header clock ``TODAY``, hotline, nav with a dropdown, "Tin nổi bật" (four
  newest), "Hoạt động chuyên môn" box (three newest of it), "Thông báo" box, "Văn bản mới", a
  link to this week's work calendar ``/lich-cong-tac?tuan=48``, photo albums, sidebar, footer).
- ``/tin-tuc`` (all news, 6 a page: 3 pages) and ``/danh-muc/<slug>`` (4 a page;
  "Hoạt động chuyên môn" has 9 posts: 3 pages) are the Livewire component ``danh-sach-tin``. Its
  root carries ``wire:snapshot`` (JSON in the attribute, HTML-escaped, PHP ``json_encode`` style
  with ``\\/``; data ``search``, ``sort``, ``tag``, the category as a model reference,
  ``paginators``; ``memo`` with id, name, path; ``checksum``), ``wire:effects`` (the ``url``
  binding of ``paginators.page`` as ``page``) and ``wire:id``. It reads ``?page=N`` (a non-number
  or a number < 1 is page 1, a page past the last prints "Không có bài viết nào." with status 200
  and the pager still showing), ``?sort=moi-nhat|cu-nhat|xem-nhieu``, ``?tag=<slug>`` and
  ``?search=`` (the header search form submits there). Tags on article pages link to
  ``/tin-tuc?tag=…``; the sidebar's "Xem nhiều" box links "Xem tất cả" to
  ``/tin-tuc?sort=xem-nhieu`` (the same posts in another order, paged by buttons too).
- Articles ``/tin-tuc/<slug>`` (route model binding by slug); the old numeric route ``/tin/<id>``
  answers 301 to it (one article links an older one that way). Article page: breadcrumb
  ``nav[aria-label=Breadcrumb]``, category chip, ``h1.text-2xl.font-bold``, the meta line "Đăng
  ngày 24/11/2026 lúc 16:20 · Người đăng: bientap01 · 312 lượt xem" (the date inside ``<time
  datetime>`` in UTC, Carbon's JSON form; some posts add "Tác giả: …" or "Cập nhật …"), the cover
  image as a CSS ``background-image`` hero, the excerpt as ``<p class="text-lg italic …">``, the
  body in ``div.prose.max-w-none``, "Tệp đính kèm", tags, share/copy/print tools, "Tin liên quan"
  (a lazy Livewire component: ``x-intersect="$wire.__lazyLoad(…)"`` over an empty skeleton, no
  link in the HTML), the sidebar ("Tin mới nhất" with dates, "Xem nhiều", "Lịch công tác",
  banners, the visitor counter) and the footer (address, hotline, "Chịu trách nhiệm").
- Two editors in the bodies. Posts up to mid-October 2026 were typed in Filament's RichEditor (Trix):
  ``<div>`` blocks whose paragraphs are often separated only by ``<br><br>``, ``<h1>`` for
  sub-headings (a second h1 inside the text), Trix attachment figures (``figure.attachment
  --preview`` with ``data-trix-attachment`` JSON; the caption is ``figcaption.attachment__caption
  --edited`` when typed, otherwise Trix prints the file name and size), galleries, PDF
  attachments (``figure.attachment--file``); one Trix post was pasted decomposed (NFD). From the
  end of October 2026 the admin uses a TinyMCE field: ``<p style="text-align: justify;">``, named
  entities for Latin-1 letters (TinyMCE's default ``entity_encoding: named``: ``&agrave;`` next
  to raw ``ạ``), ``&nbsp;`` spacer paragraphs, ``figure.image`` + ``figcaption``, centred images
  with a centred italic line under them, image ``src`` relative to the admin page
  (``../../storage/uploads/…``), tables, lists, right-aligned bylines.
- Non-articles: ``/gioi-thieu``; ``/lien-he`` (a Livewire form, ``wire:submit``); ``/van-ban``
  (documents, the Livewire component ``van-ban.danh-sach``, 5 a page, pager buttons again; each
  entry ``/van-ban/<số-hiệu>`` is a register page: number, dates, "Trích yếu", signer, PDF);
  ``/lich-cong-tac`` (week view); ``/thu-vien-anh`` and its albums; ``/login`` (Breeze/Volt).

Traps
- The work calendar reads ``?tuan=N`` for any integer (Carbon's ``setISODate`` overflows into the
  next years, so ``?tuan=60`` is a week of 2027) and its "‹ Tuần trước" / "Tuần sau ›" buttons
  are ``wire:click="$set('tuan', N±1)"``: a crawler that turns buttons into query strings walks
  weeks for ever. The home page links ``/lich-cong-tac?tuan=48``.
- ``?page`` past the last page (200, empty list), ``?page=abc`` (page 1 again), ``?sort=`` and
  ``?tag=`` variants of the listings, ``?search=``.
- ``/livewire/update``: a POST answers 419 "Page Expired" (the CSRF token belongs to a session the
  fixture does not keep; JSON clients get ``{"message": "CSRF token mismatch."}``), a GET 405.
  ``/livewire/livewire.min.js?id=…`` is the script. A POST anywhere else answers 405.
- ``/storage/…`` images and PDFs (covers, uploads, Trix attachments, documents); an unknown file
  404s. A trailing slash 301s to the address without it. No sitemap and no feed; robots.txt is
  Laravel's default (``Disallow:`` empty).

Gold (by hand), judgement calls
- Articles are the 14 posts; documents, albums, the calendar, listings and static pages are not.
- ``published_at`` is the "Đăng ngày … lúc HH:MM" line with its time; the post printed "lúc 00:00"
  (id 266, scheduled at midnight, its ``<time datetime>`` the previous day in UTC) is a day. The
  "Cập nhật …" stamp of id 316 is not the date.
- "Người đăng: bientap01 / bientap02 / admin" credits nobody. A "Tác giả:" in the meta line names
  the author when nothing signs the text (id 315: "Tổ Chuyên môn THCS"). "Tin, ảnh: X" and "Bài,
  ảnh: X" put X in both lists; "Bài: X - Ảnh: Y" splits them; "Tin: A, B" gives two authors;
  "ThS. Phan Thị Thanh Thủy - Trường THCS Ân Tín" gives "Phan Thị Thanh Thủy"; "GV." likewise; a
  bold bare name over the school's line (id 301) is the author, the school is not; "Nguồn: Báo
  Bình Định" is the source and keeps the bare name above it as author; "Nguồn: Sở GD&ĐT Bình
  Định" alone gives the source and no author. Posts with no signature have no author.
- ``summary`` is the italic excerpt paragraph (it is printed apart, so it is also the body's
  first paragraph); id 305 has no excerpt but opens with a wholly bold paragraph typed by hand:
  that paragraph is the summary and stays the first body paragraph. Other posts: None.
- Body: paragraphs in order; Trix ``<br><br>`` runs split into paragraphs; Trix ``<h1>``
  sub-headings and list items are paragraphs; a table's rows are paragraphs with cells joined
  by " | " (the header row included). ``&nbsp;`` spacers, bylines, source lines, captions and the
  PDF attachment figures (file name and size) are not body; the "Tệp đính kèm" box neither.
- Images: every ``<img>`` of the body in order (relative ``../../storage`` addresses resolved);
  the CSS background cover is no article image. Captions: the ``figcaption`` or the centred
  italic line under the image, without wrapping parentheses and without a leading "Ảnh:"; a
  Trix caption that is only the file name and size is None; a caption ending "- Ảnh: Minh
  Khoa" is kept whole and gives Minh Khoa as photographer.
- ``category``: the category the breadcrumb and chip name.
"""

from __future__ import annotations

import hashlib
import html as _html
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from html.entities import codepoint2name

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, TODAY, Img, P, Raw, Story, esc, gold_record, static_file

NAME = "livewire_laravel_pgd"
PLATFORM = "laravel-livewire"
START_PATH = "/"

SITE = "Phòng Giáo dục và Đào tạo huyện Hoài Ân"
SHORT = "Phòng GD&ĐT Hoài Ân"
ADDRESS = "Số 12 đường Lê Duẩn, thị trấn Tăng Bạt Hổ, huyện Hoài Ân, tỉnh Bình Định"
PHONE = "0256 3 870 215"
HOTLINE = "0914 318 527"
EMAIL = "pgdhoaian@binhdinh.edu.vn"
ALL_PER_PAGE = 6
CAT_PER_PAGE = 4
DOC_PER_PAGE = 5
TODAY_DATE = date(2026, 11, 25)
THIS_WEEK = 48
_LOCAL = timezone(timedelta(hours=7))
LW_JS = "/livewire/livewire.min.js?id=cc800bf4"
CSRF = hashlib.sha256(b"hoaian-csrf").hexdigest()[:40]

#: category slug -> (id, printed name)
CATS: dict[str, tuple[int, str]] = {
    "tin-tuc-su-kien": (1, "Tin tức - Sự kiện"),
    "hoat-dong-chuyen-mon": (2, "Hoạt động chuyên môn"),
    "thong-bao": (3, "Thông báo"),
}
TAGS: dict[str, str] = {
    "giao-vien-gioi": "Giáo viên giỏi",
    "tieu-hoc": "Tiểu học",
    "thcs": "THCS",
    "chuyen-doi-so": "Chuyển đổi số",
    "hoc-bong": "Học bổng",
    "nam-hoc-2026-2027": "Năm học 2026 - 2027",
}
SORTS = {"moi-nhat": "Mới nhất", "cu-nhat": "Cũ nhất", "xem-nhieu": "Xem nhiều"}


def _rand(seed: str, n: int = 40) -> str:
    """Laravel's Str::random(n), made deterministic."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    out, state = "", seed.encode()
    while len(out) < n:
        state = hashlib.sha256(state).digest()
        out += "".join(alphabet[b % 62] for b in state)
    return out[:n]


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _slugify(value: str) -> str:
    """Laravel's Str::slug: ASCII, lower case, dashes."""
    return re.sub(r"[^a-z0-9]+", "-", _fold(value)).strip("-")


def _up(seed: str) -> str:
    """A TinyMCE upload (stored path)."""
    return f"/storage/uploads/2026/{seed[:2]}/{_rand(seed, 24)}.jpg"


def _att(seed: str) -> str:
    """A Trix attachment stored by Filament."""
    return f"/storage/attachments/{_rand(seed)}.jpg"


def _cover(seed: str) -> str:
    return f"/storage/posts/covers/{_rand('cover' + seed)}.jpg"


# Story.opts: at (local "YYYY-MM-DD HH:MM" as printed), editor ("tinymce" | "trix"), views,
# user (the login printed as "Người đăng"), tac_gia (the post's author field, printed in the meta
# line), updated (printed "Cập nhật"), tags, cover (hero background), attach ((href, name, size)
# for the "Tệp đính kèm" box), rel (TinyMCE image src relative to the admin page), nfd.
# TinyMCE P styles: "" (justified p), "bold" (the whole paragraph in <strong>), "li", "ol", "th"/
# "tr" (table rows), "h3", "a|href|phrase" (the phrase linked). Trix P styles: "" (a new <div>), "br" (same <div>, after <br><br>),
# "h1", "li". Img styles: TinyMCE "figure" / "center" (centred image, centred italic line);
# Trix "trix" (edited caption) / "trix-name" (Trix prints file name and size) / "gallery".
STORIES: list[Story] = [
    Story(
        id=318,
        slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027-thanh-cong-tot-dep",
        title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027 thành công tốt đẹp",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-24T16:20:00+07:00",
        summary=(
            "Sau 5 ngày diễn ra sôi nổi, nghiêm túc, Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu"
            " học năm học 2026 - 2027 đã bế mạc chiều ngày 23/11/2026 tại Trường TH số 1 Tăng Bạt"
            " Hổ với 46 giáo viên được công nhận đạt danh hiệu giáo viên dạy giỏi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham gia Hội thi có 58 giáo viên đến từ 17 trường tiểu học trên địa bàn huyện. Mỗi"
                " giáo viên trải qua hai phần thi: trình bày biện pháp nâng cao chất lượng giảng dạy"
                " và dạy hai tiết thực hành trên lớp, trong đó một tiết bốc thăm trước 3 ngày và một"
                " tiết bốc thăm trước 1 ngày."
            ),
            Img(
                _up("11hoithi-gvdg-th-1"),
                "Cô Nguyễn Thị Thu Hà (Trường TH Ân Thạnh) dạy tiết thực hành môn Tiếng Việt lớp 4",
                "Cô Nguyễn Thị Thu Hà (Trường TH Ân Thạnh) dạy tiết thực hành môn Tiếng Việt lớp 4",
                "figure",
            ),
            P(
                "Theo đánh giá của Ban Giám khảo, các tiết dạy được chuẩn bị công phu, vận dụng linh"
                " hoạt các phương pháp, kỹ thuật dạy học tích cực; nhiều giáo viên ứng dụng hiệu quả"
                " công nghệ thông tin, học liệu số và trò chơi học tập, tạo hứng thú cho học sinh."
                " Một số tiết dạy môn Tự nhiên và Xã hội, Khoa học gắn với thực tế địa phương được"
                " đánh giá cao."
            ),
            P(
                "Bên cạnh kết quả đạt được, Hội thi cũng chỉ ra một số hạn chế như việc phân bố thời"
                " gian giữa các hoạt động chưa hợp lý, một số biện pháp còn chung chung, chưa nêu rõ"
                " hiệu quả trước và sau khi áp dụng."
            ),
            Img(
                _up("11hoithi-gvdg-th-2"),
                "Lãnh đạo Phòng GD&ĐT trao Giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi",
                "Lãnh đạo Phòng GD&ĐT trao Giấy chứng nhận cho các giáo viên đạt danh hiệu giáo viên dạy giỏi",
                "figure",
            ),
            P(
                "Phát biểu bế mạc, ông Đinh Văn Khải, Phó Trưởng phòng GD&ĐT đề nghị các trường tổ"
                " chức sinh hoạt chuyên môn, chia sẻ những tiết dạy tốt của Hội thi để lan tỏa kinh"
                " nghiệm đến toàn thể giáo viên trong huyện."
            ),
            Raw('<p style="text-align: right;"><strong>Tin, ảnh: Nguyễn Văn Hòa</strong></p>'),
        ],
        authors=["Nguyễn Văn Hòa"],
        photographers=["Nguyễn Văn Hòa"],
        opts={
            "at": "2026-11-24 16:20", "editor": "tinymce", "views": 312, "user": "bientap01",
            "tags": ["giao-vien-gioi", "tieu-hoc"], "cover": True,
        },
    ),
    Story(
        id=316,
        slug="hoai-an-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Hoài Ân tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="tin-tuc-su-kien",
        published_at="2026-11-21T09:45:00+07:00",
        summary=(
            "Sáng 19/11/2026, UBND huyện Hoài Ân tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam"
            " (20/11/1982 - 20/11/2026) và tuyên dương nhà giáo tiêu biểu năm 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có lãnh đạo Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện; lãnh đạo"
                " Phòng GD&ĐT cùng hơn 300 cán bộ quản lý, giáo viên, nhân viên đại diện cho các cơ"
                " sở giáo dục trên địa bàn huyện."
            ),
            P(
                "Năm học 2025 - 2026, ngành Giáo dục huyện nhà tiếp tục đạt nhiều kết quả quan trọng:"
                " tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 100%, tốt nghiệp THCS đạt"
                " 99,7%; có 12 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh; thêm 3 trường"
                " được công nhận đạt chuẩn quốc gia, nâng tổng số trường chuẩn lên 41/52 trường."
            ),
            Img(
                _up("11le-20-11-1"),
                "Ảnh: Lãnh đạo huyện tặng hoa chúc mừng đội ngũ nhà giáo",
                "Lãnh đạo huyện tặng hoa chúc mừng đội ngũ nhà giáo",
                "figure",
            ),
            P(
                "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 25 nhà giáo tiêu biểu có thành tích"
                " xuất sắc trong công tác giảng dạy, giáo dục học sinh và tham gia các phong trào thi"
                " đua của ngành."
            ),
            Img(_up("11le-20-11-2"), None, None, "figure"),
            P(
                "Phát biểu tại buổi lễ, ông Trần Quang Vinh, Phó Chủ tịch UBND huyện ghi nhận, biểu"
                " dương những đóng góp của đội ngũ nhà giáo và đề nghị ngành tiếp tục đổi mới phương"
                " pháp dạy học, đẩy mạnh chuyển đổi số, chăm lo xây dựng môi trường giáo dục an toàn,"
                " thân thiện."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Bài: Trần Văn Lợi - Ảnh: Đặng Thị Kim Oanh'
                "</strong></p>"
            ),
        ],
        authors=["Trần Văn Lợi"],
        photographers=["Đặng Thị Kim Oanh"],
        opts={
            "at": "2026-11-21 09:45", "editor": "tinymce", "views": 1240, "user": "bientap01",
            "updated": "22/11/2026 10:05", "tags": ["nam-hoc-2026-2027"], "cover": True,
        },
    ),
    Story(
        id=315,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS",
        cat="thong-bao",
        published_at="2026-11-19T14:10:00+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với các"
                " môn kiểm tra theo đề chung của huyện như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Khối lớp | Thời gian làm bài", "th"),
            P("16/12/2026 | Sáng | Ngữ văn | 6, 7, 8, 9 | 90 phút", "tr"),
            P("16/12/2026 | Chiều | Tiếng Anh | 6, 7, 8, 9 | 60 phút", "tr"),
            P("17/12/2026 | Sáng | Toán | 6, 7, 8, 9 | 90 phút", "tr"),
            P("Các trường THCS thực hiện một số nội dung sau:"),
            P("Nhận đề kiểm tra tại Phòng GD&ĐT trước 7 giờ 00 mỗi buổi kiểm tra;", "li"),
            P("Tổ chức coi, chấm kiểm tra nghiêm túc, khách quan, đúng quy chế;", "li"),
            P("Nhập điểm lên phần mềm quản lý trường học trước ngày 25/12/2026.", "li"),
            P("Các môn còn lại do các trường chủ động ra đề và tổ chức kiểm tra theo kế hoạch của đơn vị."),
        ],
        authors=["Tổ Chuyên môn THCS"],
        opts={
            "at": "2026-11-19 14:10", "editor": "tinymce", "views": 406, "user": "bientap02",
            "tac_gia": "Tổ Chuyên môn THCS", "tags": ["thcs"],
            "attach": [("/storage/files/2026/11/lich-kiem-tra-hk1-thcs-2026-2027.pdf", "lich-kiem-tra-hk1-thcs-2026-2027.pdf", "184,2 KB")],
        },
    ),
    Story(
        id=312,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-doc-hieu-van-ban-mon-ngu-van-cap-thcs",
        title="Chuyên đề “Dạy học phát triển năng lực đọc hiểu văn bản” môn Ngữ văn cấp THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-17T08:30:00+07:00",
        summary=(
            "Ngày 14/11/2026, tại Trường THCS Ân Tín, Phòng GD&ĐT tổ chức chuyên đề “Dạy học phát"
            " triển năng lực đọc hiểu văn bản” môn Ngữ văn cho giáo viên cấp THCS toàn huyện."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Chuyên đề gồm hai tiết dạy minh họa: bài “Lặng lẽ Sa Pa” (Ngữ văn 9) và bài “Thực"
                " hành đọc hiểu văn bản thông tin” (Ngữ văn 8). Các tiết dạy tập trung hướng dẫn học"
                " sinh cách đọc theo đặc trưng thể loại, đặt câu hỏi và liên hệ văn bản với trải"
                " nghiệm của bản thân."
            ),
            Img(
                _up("11chuyen-de-ngu-van"),
                "(Cô giáo Võ Thị Mỹ Lệ dạy minh họa tiết học tại lớp 8A)",
                "Cô giáo Võ Thị Mỹ Lệ dạy minh họa tiết học tại lớp 8A",
                "center",
            ),
            P(
                "Trong phần thảo luận, giáo viên các trường đã trao đổi nhiều vấn đề thiết thực như:"
                " cách thiết kế phiếu học tập, sử dụng sơ đồ tư duy để tóm tắt văn bản, kiểm tra đánh"
                " giá kỹ năng đọc hiểu bằng ngữ liệu ngoài sách giáo khoa."
            ),
            P(
                "Chuyên đề góp phần giúp giáo viên thống nhất cách tổ chức dạy học đọc hiểu theo"
                " Chương trình giáo dục phổ thông 2018, chuẩn bị tốt cho kỳ kiểm tra cuối học kỳ I."
                " Riêng đội tuyển học sinh giỏi lớp 9 môn Ngữ văn tiếp tục ôn luyện theo kế hoạch bồi"
                " dưỡng học sinh giỏi của Phòng.",
                "a|/tin/281|kế hoạch bồi dưỡng học sinh giỏi",
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Phan Thị Thanh Thủy</strong> - Trường'
                " THCS Ân Tín</p>"
            ),
        ],
        authors=["Phan Thị Thanh Thủy"],
        opts={
            "at": "2026-11-17 08:30", "editor": "tinymce", "views": 288, "user": "bientap02",
            "tags": ["thcs"], "cover": True, "rel": True,
        },
    ),
    Story(
        id=309,
        slug="tap-huan-ung-dung-tri-tue-nhan-tao-trong-day-hoc-cho-can-bo-quan-ly-giao-vien",
        title="Tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho cán bộ quản lý, giáo viên",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-14T08:30:00+07:00",
        summary=(
            "Trong hai ngày 12 và 13/11/2026, Phòng GD&ĐT tổ chức lớp tập huấn ứng dụng trí tuệ"
            " nhân tạo (AI) trong dạy học và quản lý cho hơn 150 cán bộ quản lý, giáo viên cốt"
            " cán các cấp học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại lớp tập huấn, các học viên được giới thiệu tổng quan về trí tuệ nhân tạo, các"
                " công cụ AI phổ biến hỗ trợ soạn giáo án, thiết kế bài giảng, xây dựng ngân hàng câu"
                " hỏi và phân tích kết quả học tập của học sinh."
            ),
            Img(
                _up("11tap-huan-ai-1"),
                "Giáo viên thực hành thiết kế bài giảng với công cụ AI - Ảnh: Minh Khoa",
                "Giáo viên thực hành thiết kế bài giảng với công cụ AI - Ảnh: Minh Khoa",
                "figure",
            ),
            P(
                "Báo cáo viên cũng lưu ý những nguyên tắc khi sử dụng AI trong nhà trường: kiểm chứng"
                " thông tin, bảo vệ dữ liệu cá nhân của học sinh, không để học sinh lệ thuộc vào công"
                " cụ mà cần hướng dẫn các em sử dụng AI có trách nhiệm."
            ),
            Img(_up("11tap-huan-ai-2"), None, None, "figure"),
            P(
                "Sau tập huấn, mỗi trường xây dựng ít nhất một chuyên đề ứng dụng AI trong dạy học và"
                " báo cáo kết quả về Phòng GD&ĐT trước ngày 20/12/2026."
            ),
            Raw('<p style="text-align: right;"><em><strong>Tin: Lê Minh Tâm, Phạm Thị Thu</strong></em></p>'),
        ],
        authors=["Lê Minh Tâm", "Phạm Thị Thu"],
        photographers=["Minh Khoa"],
        opts={
            "at": "2026-11-14 08:30", "editor": "tinymce", "views": 517, "user": "bientap01",
            "tags": ["chuyen-doi-so"], "cover": True,
        },
    ),
    Story(
        id=305,
        slug="trao-40-suat-hoc-bong-nang-buoc-den-truong-cho-hoc-sinh-co-hoan-canh-kho-khan",
        title="Trao 40 suất học bổng “Nâng bước đến trường” cho học sinh có hoàn cảnh khó khăn",
        cat="tin-tuc-su-kien",
        published_at="2026-11-10T15:00:00+07:00",
        summary=(
            "Chiều 9/11/2026, Phòng GD&ĐT huyện Hoài Ân phối hợp với Hội Khuyến học huyện trao 40"
            " suất học bổng “Nâng bước đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó"
            " học tốt."
        ),
        blocks=[
            P(
                "Chiều 9/11/2026, Phòng GD&ĐT huyện Hoài Ân phối hợp với Hội Khuyến học huyện trao 40"
                " suất học bổng “Nâng bước đến trường” cho học sinh có hoàn cảnh khó khăn, vượt khó"
                " học tốt.",
                "bold",
            ),
            P(
                "Mỗi suất học bổng trị giá 2 triệu đồng kèm một bộ sách giáo khoa và đồ dùng học tập."
                " Các em nhận học bổng là học sinh tiểu học và THCS thuộc hộ nghèo, cận nghèo, mồ côi"
                " cha hoặc mẹ ở các xã Ân Sơn, Ân Nghĩa, Bok Tới và Đak Mang."
            ),
            Img(
                _up("11hoc-bong-nang-buoc"),
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "Đại diện nhà tài trợ trao học bổng cho các em học sinh",
                "figure",
            ),
            P(
                "Chương trình do các doanh nghiệp, cựu học sinh và nhà hảo tâm trong và ngoài huyện"
                " đóng góp, với tổng kinh phí hơn 100 triệu đồng."
            ),
            Raw('<p style="text-align: right;"><strong>Hoài Thu</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Bình Định</em></p>'),
        ],
        authors=["Hoài Thu"],
        source="Báo Bình Định",
        opts={
            "at": "2026-11-10 15:00", "editor": "tinymce", "views": 980, "user": "bientap01",
            "tags": ["hoc-bong"], "cover": True,
        },
    ),
    Story(
        id=301,
        slug="truong-th-an-hao-tay-sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc",
        title="Trường TH Ân Hảo Tây sinh hoạt chuyên môn theo nghiên cứu bài học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-11-06T10:15:00+07:00",
        blocks=[
            P(
                "Nhằm đổi mới sinh hoạt chuyên môn, nâng cao chất lượng dạy học, ngày 04/11/2026,"
                " Trường TH Ân Hảo Tây tổ chức sinh hoạt chuyên môn theo nghiên cứu bài học cấp"
                " trường với bài dạy minh họa môn Toán lớp 3."
            ),
            P(
                "Khác với cách dự giờ truyền thống, giáo viên dự giờ tập trung quan sát hoạt động học"
                " của học sinh: em nào gặp khó khăn, vì sao, giáo viên đã hỗ trợ như thế nào, từ đó"
                " cùng nhau tìm giải pháp điều chỉnh bài dạy."
            ),
            Img(
                _up("11nghien-cuu-bai-hoc"),
                "Giáo viên quan sát học sinh trong giờ học",
                "Giáo viên quan sát học sinh trong giờ học",
                "figure",
            ),
            P("Sau buổi sinh hoạt, tổ chuyên môn thống nhất:"),
            P("Mỗi tháng thực hiện ít nhất một bài nghiên cứu ở mỗi khối lớp;", "ol"),
            P("Lưu hồ sơ sinh hoạt chuyên môn trên hệ thống quản lý của nhà trường;", "ol"),
            P("Chia sẻ các tiết dạy tốt trong nhóm Zalo chuyên môn của trường.", "ol"),
            Raw(
                '<p style="text-align: right;"><strong>Huỳnh Thị Kim Chi</strong><br>'
                "<em>Trường TH Ân Hảo Tây</em></p>"
            ),
        ],
        authors=["Huỳnh Thị Kim Chi"],
        opts={
            "at": "2026-11-06 10:15", "editor": "tinymce", "views": 174, "user": "bientap02",
            "tags": ["tieu-hoc"], "rel": True,
        },
    ),
    Story(
        id=296,
        slug="hoi-nghi-trien-khai-nhiem-vu-giao-duc-mam-non-nam-hoc-2026-2027",
        title="Hội nghị triển khai nhiệm vụ giáo dục mầm non năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-30T16:45:00+07:00",
        summary=(
            "Ngày 29/10/2026, Phòng GD&ĐT tổ chức hội nghị triển khai nhiệm vụ giáo dục mầm non năm"
            " học 2026 - 2027 cho hiệu trưởng, phó hiệu trưởng các trường mầm non, mẫu giáo trong"
            " huyện."
        ),
        sapo_outside=True,
        blocks=[
            P("Nhiệm vụ trọng tâm", "h3"),
            P(
                "Năm học này, bậc học mầm non tiếp tục thực hiện phổ cập giáo dục mầm non cho trẻ em"
                " 5 tuổi, chuẩn bị điều kiện thực hiện phổ cập cho trẻ 3 - 4 tuổi; nâng cao chất"
                " lượng nuôi dưỡng, chăm sóc, bảo đảm an toàn tuyệt đối cho trẻ."
            ),
            P(
                "Các trường tiếp tục xây dựng môi trường giáo dục lấy trẻ làm trung tâm, tăng cường"
                " các hoạt động trải nghiệm, làm quen với tiếng Anh và kỹ năng số phù hợp với lứa"
                " tuổi."
            ),
            P("Giải pháp", "h3"),
            P(
                "Hội nghị thống nhất tăng cường kiểm tra nội bộ, bồi dưỡng chuyên môn cho giáo viên"
                " hợp đồng, huy động xã hội hóa để bổ sung đồ dùng, đồ chơi ngoài trời cho các điểm"
                " trường lẻ."
            ),
        ],
        opts={
            "at": "2026-10-30 16:45", "editor": "tinymce", "views": 139, "user": "admin",
            "tags": [], "cover": True,
        },
    ),
    Story(
        id=288,
        slug="hoi-thao-nang-cao-chat-luong-day-hoc-mon-tieng-anh-cap-tieu-hoc",
        title="Hội thảo nâng cao chất lượng dạy học môn Tiếng Anh cấp tiểu học",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-15T09:00:00+07:00",
        summary=(
            "Ngày 13/10/2026, Phòng GD&ĐT tổ chức hội thảo “Nâng cao chất lượng dạy học môn Tiếng"
            " Anh cấp tiểu học” với sự tham gia của 42 giáo viên Tiếng Anh các trường tiểu học."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo được tổ chức nhằm đánh giá thực trạng dạy học Tiếng Anh ở cấp tiểu học sau"
                " 5 năm thực hiện Chương trình giáo dục phổ thông 2018, chia sẻ kinh nghiệm và đề"
                " xuất giải pháp nâng cao năng lực giao tiếp cho học sinh."
            ),
            P(
                "Các tham luận tập trung vào việc tổ chức trò chơi, bài hát trong giờ học, sử dụng"
                " học liệu điện tử và phần mềm luyện phát âm, xây dựng câu lạc bộ Tiếng Anh cho học"
                " sinh các điểm trường vùng khó.",
                "br",
            ),
            Img(
                _att("ta-hoi-thao-1"),
                "Cô Trương Thị Hồng Vân (Trường TH Ân Mỹ) chia sẻ kinh nghiệm tổ chức câu lạc bộ Tiếng Anh",
                "Cô Trương Thị Hồng Vân (Trường TH Ân Mỹ) chia sẻ kinh nghiệm tổ chức câu lạc bộ Tiếng Anh",
                "trix",
            ),
            P(
                "Bên cạnh đó, hội thảo cũng chỉ ra những khó khăn như: thiếu giáo viên ở các trường"
                " vùng cao, một số phòng học chưa có thiết bị trình chiếu, học sinh ít có môi trường"
                " để thực hành tiếng Anh ngoài giờ học."
            ),
            Img(_att("ta-hoi-thao-2"), "IMG_20261013_091522.jpg 2,31 MB", None, "trix-name"),
            P(
                "Kết thúc hội thảo, Phòng GD&ĐT đề nghị các trường tăng cường dự giờ, thăm lớp, tổ"
                " chức chuyên đề cụm trường và khuyến khích giáo viên tự bồi dưỡng để đạt chuẩn năng"
                " lực ngoại ngữ theo quy định."
            ),
            Raw("<div><strong>Tin, ảnh: Ngô Thị Hồng Nhung</strong></div>"),
        ],
        authors=["Ngô Thị Hồng Nhung"],
        photographers=["Ngô Thị Hồng Nhung"],
        opts={
            "at": "2026-10-15 09:00", "editor": "trix", "views": 221, "user": "bientap02",
            "tags": [], "cover": True, "nfd": True,
        },
    ),
    Story(
        id=281,
        slug="trien-khai-ke-hoach-boi-duong-hoc-sinh-gioi-lop-9-nam-hoc-2026-2027",
        title="Triển khai kế hoạch bồi dưỡng học sinh giỏi lớp 9 năm học 2026 - 2027",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-10-02T14:30:00+07:00",
        blocks=[
            P(
                "Thực hiện Kế hoạch số 215/KH-PGDĐT ngày 25/9/2026 của Phòng GD&ĐT, các trường THCS"
                " trên địa bàn huyện đã bắt đầu tổ chức bồi dưỡng đội tuyển học sinh giỏi lớp 9 từ"
                " đầu tháng 10."
            ),
            P("Đối tượng và thời gian", "h1"),
            P(
                "Đội tuyển cấp huyện gồm học sinh đạt giải trong kỳ thi chọn học sinh giỏi lớp 9 cấp"
                " trường, bồi dưỡng tập trung tại Trường THCS Tăng Bạt Hổ vào sáng thứ Bảy và Chủ nhật"
                " hằng tuần, từ ngày 10/10/2026 đến hết tháng 1/2027."
            ),
            P("Các môn bồi dưỡng", "h1"),
            P("Ngữ văn, Toán, Tiếng Anh;", "li"),
            P("Khoa học tự nhiên (Vật lí, Hóa học, Sinh học);", "li"),
            P("Lịch sử và Địa lí, Tin học.", "li"),
            P(
                "Giáo viên được phân công bồi dưỡng xây dựng chương trình, nội dung bồi dưỡng sát với"
                " cấu trúc đề thi cấp tỉnh; định kỳ tổ chức kiểm tra, đánh giá để sàng lọc đội tuyển."
                " Chi tiết kế hoạch xem trong tệp đính kèm."
            ),
            Raw(
                '<figure data-trix-attachment="{&quot;contentType&quot;:&quot;application/pdf&quot;,'
                "&quot;filename&quot;:&quot;KH-215-boi-duong-HSG-lop-9.pdf&quot;,&quot;filesize&quot;:"
                "319948,&quot;href&quot;:&quot;/storage/attachments/KH-215-boi-duong-HSG-lop-9.pdf&quot;,"
                "&quot;url&quot;:&quot;/storage/attachments/KH-215-boi-duong-HSG-lop-9.pdf&quot;}\""
                ' data-trix-content-type="application/pdf" class="attachment attachment--file'
                ' attachment--pdf"><a href="/storage/attachments/KH-215-boi-duong-HSG-lop-9.pdf">'
                '<figcaption class="attachment__caption"><span class="attachment__name">'
                'KH-215-boi-duong-HSG-lop-9.pdf</span> <span class="attachment__size">312,45 KB</span>'
                "</figcaption></a></figure>"
            ),
        ],
        opts={
            "at": "2026-10-02 14:30", "editor": "trix", "views": 366, "user": "bientap02",
            "tags": ["thcs"],
        },
    ),
    Story(
        id=274,
        slug="toan-huyen-hoai-an-khai-giang-nam-hoc-moi-2026-2027",
        title="Toàn huyện Hoài Ân khai giảng năm học mới 2026 - 2027",
        cat="tin-tuc-su-kien",
        published_at="2026-09-18T07:45:00+07:00",
        summary=(
            "Sáng 5/9/2026, hơn 19.000 học sinh các cấp học trên địa bàn huyện Hoài Ân hân hoan"
            " bước vào năm học mới 2026 - 2027 trong không khí vui tươi, phấn khởi."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2026 - 2027, toàn huyện có 52 trường mầm non, tiểu học và THCS với 612"
                " nhóm, lớp. Các trường đã chuẩn bị chu đáo cơ sở vật chất, sách giáo khoa, đồ dùng"
                " dạy học; sửa chữa, nâng cấp phòng học, nhà vệ sinh trước ngày tựu trường."
            ),
            P(
                "Tại lễ khai giảng, các trường đọc thư của Chủ tịch nước gửi ngành Giáo dục, tổ chức"
                " đánh trống khai trường và các tiết mục văn nghệ chào mừng. Nhiều trường trao học"
                " bổng, quà cho học sinh có hoàn cảnh khó khăn.",
                "br",
            ),
            Img(
                _att("khai-giang-1"),
                "Học sinh Trường TH số 2 Ân Tường Tây trong ngày khai giảng",
                "Học sinh Trường TH số 2 Ân Tường Tây trong ngày khai giảng",
                "gallery",
            ),
            Img(_att("khai-giang-2"), "DSC_0457.JPG 3,02 MB", None, "gallery"),
            P(
                "Lãnh đạo huyện, lãnh đạo Phòng GD&ĐT đã chia nhau dự lễ khai giảng và tặng quà tại"
                " các trường vùng cao Đak Mang, Bok Tới, động viên thầy cô giáo và học sinh vượt khó"
                " dạy tốt, học tốt."
            ),
            Raw("<div><strong>Bài, ảnh: Trần Văn Lợi</strong></div>"),
        ],
        authors=["Trần Văn Lợi"],
        photographers=["Trần Văn Lợi"],
        opts={
            "at": "2026-09-18 07:45", "editor": "trix", "views": 1820, "user": "bientap01",
            "tags": ["nam-hoc-2026-2027"], "cover": True,
        },
    ),
    Story(
        id=266,
        slug="tong-ket-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
        title="Tổng kết công tác phổ cập giáo dục, xóa mù chữ năm 2026",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-09-05",
        blocks=[
            P(
                "Năm 2026, huyện Hoài Ân tiếp tục duy trì và giữ vững chuẩn phổ cập giáo dục mầm non"
                " cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học mức độ 3, phổ cập giáo dục THCS mức độ"
                " 2 và xóa mù chữ mức độ 2."
            ),
            P(
                "Công tác điều tra, cập nhật dữ liệu phổ cập trên hệ thống thông tin điện tử được các"
                " xã, thị trấn thực hiện đúng tiến độ. Tỷ lệ trẻ 6 tuổi vào lớp 1 đạt 100%, tỷ lệ"
                " thanh thiếu niên 15 - 18 tuổi tốt nghiệp THCS đạt 96,8%.",
                "br",
            ),
            P(
                "Ban Chỉ đạo phổ cập giáo dục, xóa mù chữ huyện đề nghị các xã vùng cao tiếp tục mở"
                " lớp xóa mù chữ cho người dân độ tuổi 15 - 60, gắn với các hoạt động hỗ trợ sinh"
                " kế, giúp người học duy trì kết quả biết chữ."
            ),
            Raw("<div><em>Nguồn: Sở GD&amp;ĐT Bình Định</em></div>"),
        ],
        source="Sở GD&ĐT Bình Định",
        opts={
            "at": "2026-09-05 00:00", "editor": "trix", "views": 1105, "user": "admin",
            "tags": [],
        },
    ),
    Story(
        id=259,
        slug="tap-huan-noi-dung-giao-duc-dia-phuong-tinh-binh-dinh-cho-giao-vien-thcs",
        title="Tập huấn nội dung giáo dục địa phương tỉnh Bình Định cho giáo viên THCS",
        cat="hoat-dong-chuyen-mon",
        published_at="2026-08-26T10:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 24 đến 25/8/2026, Phòng GD&ĐT phối hợp với Sở GD&ĐT tổ chức tập huấn sử dụng"
                " tài liệu Giáo dục địa phương tỉnh Bình Định lớp 6, 7, 8, 9 cho 96 giáo viên THCS."
            ),
            P(
                "Nội dung tập huấn gồm: cấu trúc tài liệu, cách lồng ghép các chủ đề về lịch sử, văn"
                " hóa, nghề truyền thống của địa phương vào kế hoạch dạy học; cách tổ chức các hoạt"
                " động trải nghiệm tại di tích, làng nghề trên địa bàn huyện."
            ),
            Img(
                _att("gddp-tap-huan"),
                "Giáo viên thảo luận nhóm tại lớp tập huấn",
                "Giáo viên thảo luận nhóm tại lớp tập huấn",
                "trix",
            ),
            P(
                "Các học viên đánh giá tài liệu có nhiều nội dung gần gũi, giúp học sinh hiểu và tự"
                " hào về quê hương Bình Định, đặc biệt là các chủ đề về phong trào Tây Sơn và võ cổ"
                " truyền.",
            ),
            Raw("<div><strong>Võ Văn Sang - Trường THCS Ân Mỹ</strong></div>"),
        ],
        authors=["Võ Văn Sang"],
        opts={
            "at": "2026-08-26 10:30", "editor": "trix", "views": 203, "user": "bientap02",
            "tags": [],
        },
    ),
    Story(
        id=252,
        slug="thong-bao-trieu-tap-tap-huan-cong-tac-thu-vien-truong-hoc-nam-2026",
        title="Thông báo triệu tập tập huấn công tác thư viện trường học năm 2026",
        cat="thong-bao",
        published_at="2026-08-12T08:00:00+07:00",
        blocks=[
            P(
                "Phòng GD&ĐT triệu tập nhân viên thư viện (hoặc giáo viên kiêm nhiệm công tác thư"
                " viện) của các trường tiểu học, THCS tham dự tập huấn công tác thư viện trường học"
                " năm 2026."
            ),
            P("Thời gian: 01 ngày, bắt đầu lúc 7 giờ 30 ngày 20/8/2026.", "li"),
            P("Địa điểm: Hội trường Trường TH số 1 Tăng Bạt Hổ.", "li"),
            P("Thành phần: mỗi trường 01 người; mang theo máy tính xách tay.", "li"),
            P(
                "Đề nghị Hiệu trưởng các trường cử người tham dự đầy đủ, đúng thành phần. Trong quá"
                " trình thực hiện có vướng mắc, liên hệ bà Lê Thị Thanh Tâm, chuyên viên Phòng"
                " GD&ĐT, số điện thoại 0905 762 118.",
            ),
        ],
        opts={
            "at": "2026-08-12 08:00", "editor": "trix", "views": 158, "user": "bientap02",
            "tags": [],
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
_BY_SLUG: dict[str, Story] = {s.slug: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/tin-tuc/{story.slug}"


def category_name(story: Story) -> str:
    return CATS[story.cat][1]


def listed(cat: str | None = None, sort: str = "moi-nhat", tag: str | None = None, search: str = "") -> list[Story]:
    items = [s for s in STORIES if (cat is None or s.cat == cat) and (tag is None or tag in s.opts["tags"])]
    if search:
        items = [s for s in items if _fold(search) in _fold(s.title)]
    if sort == "cu-nhat":
        return sorted(items, key=lambda s: s.opts["at"])
    if sort == "xem-nhieu":
        return sorted(items, key=lambda s: (-s.opts["views"], s.id))
    return sorted(items, key=lambda s: s.opts["at"], reverse=True)


def pages(total: int, per: int) -> int:
    return max(1, -(-total // per))


# --------------------------------------------------------------------------- the other content


@dataclass(frozen=True)
class Doc:
    so_hieu: str
    loai: str
    ngay: str
    trich_yeu: str
    nguoi_ky: str
    co_quan: str = "Phòng GD&ĐT huyện Hoài Ân"

    @property
    def slug(self) -> str:
        return _slugify(self.so_hieu)

    @property
    def path(self) -> str:
        return f"/van-ban/{self.slug}"

    @property
    def file(self) -> str:
        return f"/storage/van-ban/2026/{self.slug}.pdf"


DOCS: list[Doc] = [
    Doc("248/PGDĐT-THCS", "Công văn", "18/11/2026", "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027 cấp THCS", "Đinh Văn Khải"),
    Doc("241/QĐ-PGDĐT", "Quyết định", "10/11/2026", "Quyết định thành lập Ban Giám khảo Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026 - 2027", "Nguyễn Thị Minh Nguyệt"),
    Doc("236/KH-PGDĐT", "Kế hoạch", "03/11/2026", "Kế hoạch tổ chức tập huấn ứng dụng trí tuệ nhân tạo trong dạy học và quản lý", "Nguyễn Thị Minh Nguyệt"),
    Doc("229/PGDĐT-MN", "Công văn", "27/10/2026", "V/v triển khai nhiệm vụ giáo dục mầm non năm học 2026 - 2027", "Đinh Văn Khải"),
    Doc("215/KH-PGDĐT", "Kế hoạch", "25/09/2026", "Kế hoạch bồi dưỡng học sinh giỏi lớp 9 năm học 2026 - 2027", "Nguyễn Thị Minh Nguyệt"),
    Doc("1876/SGDĐT-GDTrH", "Công văn", "15/09/2026", "V/v hướng dẫn thực hiện nhiệm vụ giáo dục trung học năm học 2026 - 2027", "Lê Quang Hưng", "Sở GD&ĐT Bình Định"),
    Doc("198/TB-PGDĐT", "Thông báo", "10/08/2026", "Thông báo triệu tập tập huấn công tác thư viện trường học năm 2026", "Đinh Văn Khải"),
    Doc("187/QĐ-PGDĐT", "Quyết định", "28/07/2026", "Quyết định ban hành Kế hoạch thời gian năm học 2026 - 2027 đối với giáo dục mầm non, phổ thông", "Nguyễn Thị Minh Nguyệt"),
]

ALBUMS: dict[str, tuple[str, str, list[str]]] = {
    "le-ky-niem-20-11-2026": (
        "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "21/11/2026",
        [
            "Tiết mục văn nghệ chào mừng của giáo viên Trường MN Tăng Bạt Hổ",
            "Các nhà giáo tiêu biểu nhận Giấy khen của Chủ tịch UBND huyện",
            "Đại biểu chụp ảnh lưu niệm",
        ],
    ),
    "khai-giang-nam-hoc-2026-2027": (
        "Ngày hội khai trường năm học 2026 - 2027",
        "06/09/2026",
        [
            "Học sinh lớp 1 Trường TH Ân Phong đón ngày khai giảng",
            "Đánh trống khai trường tại Trường THCS Đak Mang",
            "Màn đồng diễn của học sinh Trường THCS Ân Đức",
            "Trao quà cho học sinh vùng cao xã Bok Tới",
        ],
    ),
}

STATIC_PAGES = ["/gioi-thieu", "/lien-he", "/login", "/thu-vien-anh"]

# --------------------------------------------------------------------------- the gold (by hand)

GOLD: list[dict] = [gold_record(s, article_path(s), category_name(s)) for s in STORIES]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    *(f"/tin-tuc?page={n}" for n in range(2, pages(len(STORIES), ALL_PER_PAGE) + 1)),
    *(f"/danh-muc/{c}" for c in CATS),
    *(
        f"/danh-muc/{c}?page={n}"
        for c in CATS
        for n in range(2, pages(len(listed(c)), CAT_PER_PAGE) + 1)
    ),
    "/tin-tuc?sort=xem-nhieu",
    *(f"/tin-tuc?sort=xem-nhieu&page={n}" for n in range(2, pages(len(STORIES), ALL_PER_PAGE) + 1)),
    *(f"/tin-tuc?tag={t}" for t in TAGS if listed(tag=t)),
    "/van-ban",
    "/van-ban?page=2",
    *(d.path for d in DOCS),
    "/lich-cong-tac",
    f"/lich-cong-tac?tuan={THIS_WEEK}",
    *STATIC_PAGES,
    *(f"/thu-vien-anh/{a}" for a in ALBUMS),
]


# --------------------------------------------------------------------------- helpers


def _local(story: Story) -> datetime:
    return datetime.strptime(story.opts["at"], "%Y-%m-%d %H:%M").replace(tzinfo=_LOCAL)


def _utc(story: Story) -> str:
    return _local(story).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def _day(story: Story) -> str:
    return f"{_local(story):%d/%m/%Y}"


def _php_json(payload: object) -> str:
    return json.dumps(payload, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")


def _tinymce(markup: str) -> str:
    """TinyMCE's ``entity_encoding: named``: Latin-1 letters as named entities, the rest raw."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if 160 <= ord(ch) < 256 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _t(value: str) -> str:
    return _html.escape(value, quote=False)


def _excerpt(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 150 else first[:150].rsplit(" ", 1)[0] + "..."


def _thumb(story: Story) -> str:
    if story.opts.get("cover"):
        return _cover(story.slug)
    return story.images[0].src if story.images else "/images/no-image.png"


# --------------------------------------------------------------------------- article bodies


def _tinymce_img(img: Img, rel: bool) -> str:
    src = ("../.." + img.src) if rel else img.src
    if img.style == "center":
        out = f'<p style="text-align: center;"><img src="{esc(src)}" alt="" width="800" height="533"></p>'
        if img.printed:
            out += f'\n<p style="text-align: center;"><em>{_t(img.printed)}</em></p>'
        return out
    cap = f"<figcaption>{_t(img.printed)}</figcaption>" if img.printed else ""
    return (
        f'<figure class="image"><img src="{esc(src)}" alt="" width="800" height="533">{cap}</figure>'
    )


def _tinymce_body(story: Story) -> str:
    parts: list[str] = []
    blocks = story.blocks
    rel = bool(story.opts.get("rel"))
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "ol"):
            tag = "ul" if b.style == "li" else "ol"
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                items.append(f"<li>{_t(blocks[i].text)}</li>")
                i += 1
            parts.append(f"<{tag}>\n" + "\n".join(items) + f"\n</{tag}>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cells = "".join(
                    f'<td style="width: 20%;">{"<strong>" + _t(c) + "</strong>" if row.style == "th" else _t(c)}</td>'
                    for c in row.text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            parts.append(
                '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>\n'
                + "\n".join(rows)
                + "\n</tbody></table>"
            )
            continue
        if isinstance(b, P):
            if b.style == "bold":
                parts.append(f'<p style="text-align: justify;"><strong>{_t(b.text)}</strong></p>')
            elif b.style == "h3":
                parts.append(f"<h3>{_t(b.text)}</h3>")
            elif b.style.startswith("a|"):
                _a, href, phrase = b.style.split("|")
                linked = _t(b.text).replace(_t(phrase), f'<a href="{href}">{_t(phrase)}</a>', 1)
                parts.append(f'<p style="text-align: justify;">{linked}</p>')
            else:
                parts.append(f'<p style="text-align: justify;">{_t(b.text)}</p>')
        elif isinstance(b, Img):
            parts.append(_tinymce_img(b, rel))
        else:
            first_raw = next(x for x in blocks if isinstance(x, Raw))
            if b is first_raw and story.id % 2:
                parts.append("<p>&nbsp;</p>")  # the editor's spacer line before the byline
            parts.append(b.html)
        i += 1
    return _tinymce("\n".join(p for p in parts if p))


def _trix_figure(img: Img, n: int) -> str:
    name = img.printed.split(" ", 1)[0] if img.caption is None else f"IMG_{4500 + n}.jpg"
    size = 1843221 + n * 7919
    meta = {
        "contentType": "image/jpeg",
        "filename": name,
        "filesize": size,
        "height": 1200,
        "href": img.src,
        "url": img.src,
        "width": 1600,
    }
    attrs = {"presentation": "gallery"}
    if img.caption:
        attrs = {"caption": img.caption, "presentation": "gallery"}
        cap = f'<figcaption class="attachment__caption attachment__caption--edited">{_t(img.caption)}</figcaption>'
    else:
        fname, fsize = img.printed.split(" ", 1)
        cap = (
            f'<figcaption class="attachment__caption"><span class="attachment__name">{_t(fname)}</span>'
            f' <span class="attachment__size">{_t(fsize)}</span></figcaption>'
        )
    data = esc(json.dumps(meta, ensure_ascii=False, separators=(",", ":")))
    data_attrs = esc(json.dumps(attrs, ensure_ascii=False, separators=(",", ":")))
    return (
        f'<figure data-trix-attachment="{data}" data-trix-content-type="image/jpeg"'
        f' data-trix-attributes="{data_attrs}" class="attachment attachment--preview attachment--jpg">'
        f'<img src="{esc(img.src)}" width="1600" height="1200">{cap}</figure>'
    )


def _trix_body(story: Story) -> str:
    parts: list[str] = []
    blocks = story.blocks
    i = 0
    n = 0
    current: list[str] | None = None  # the open <div>

    def close() -> None:
        nonlocal current
        if current is not None:
            parts.append("<div>" + "".join(current) + "</div>")
            current = None

    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            close()
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(blocks[i].text)}</li>")
                i += 1
            parts.append("<ul>" + "".join(items) + "</ul>")
            continue
        if isinstance(b, Img) and b.style == "gallery":
            close()
            figs = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gallery":
                n += 1
                figs.append(_trix_figure(blocks[i], n))
                i += 1
            parts.append(f'<div class="attachment-gallery attachment-gallery--{len(figs)}">' + "".join(figs) + "</div>")
            continue
        if isinstance(b, P) and b.style == "h1":
            close()
            parts.append(f"<h1>{_t(b.text)}</h1>")
        elif isinstance(b, P) and b.style == "br" and current is not None:
            current.append("<br><br>" + _t(b.text))
        elif isinstance(b, P):
            close()
            current = [_t(b.text)]
        elif isinstance(b, Img):
            # Trix keeps an attachment inside the running block, after a line break
            n += 1
            if current is None:
                current = []
            current.append("<br>" + _trix_figure(b, n))
        else:
            close()
            parts.append(b.html)
        i += 1
    close()
    return "".join(parts)


def body_html(story: Story) -> str:
    if story.opts["editor"] == "trix":
        markup = _trix_body(story)
        if story.opts.get("nfd"):
            markup = unicodedata.normalize("NFD", markup)
        return markup
    return _tinymce_body(story)


# --------------------------------------------------------------------------- page chrome


def _snapshot(name: str, path: str, data: dict, seed: str) -> tuple[str, str]:
    """Livewire 3's root attributes: the snapshot (escaped JSON) and the component id."""
    cid = _rand("lw" + seed, 20)
    memo = {
        "id": cid,
        "name": name,
        "path": path.lstrip("/"),
        "method": "GET",
        "children": [],
        "scripts": [],
        "assets": [],
        "errors": [],
        "locale": "vi",
    }
    body = {"data": data, "memo": memo}
    checksum = hashlib.sha256(_php_json(body).encode()).hexdigest()
    snap = _php_json({**body, "checksum": checksum})
    return esc(snap), cid


def _head(title: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{CSRF}">
    <title>{esc(title)}</title>
    {extra}
    <link rel="icon" href="/favicon.ico">
    <link rel="preconnect" href="https://fonts.bunny.net">
    <link href="https://fonts.bunny.net/css?family=be-vietnam-pro:400,500,600,700&display=swap" rel="stylesheet" />
    <link rel="preload" as="style" href="/build/assets/app-BxR2k7aQ.css" /><link rel="modulepreload" href="/build/assets/app-D4f8s2Lm.js" /><link rel="stylesheet" href="/build/assets/app-BxR2k7aQ.css" /><script type="module" src="/build/assets/app-D4f8s2Lm.js"></script>
<!-- Livewire Styles --><style >[wire\\:loading][wire\\:loading], [wire\\:loading\\.delay][wire\\:loading\\.delay], [wire\\:loading\\.inline-block][wire\\:loading\\.inline-block], [wire\\:loading\\.inline][wire\\:loading\\.inline], [wire\\:loading\\.block][wire\\:loading\\.block], [wire\\:loading\\.flex][wire\\:loading\\.flex], [wire\\:loading\\.table][wire\\:loading\\.table], [wire\\:loading\\.grid][wire\\:loading\\.grid], [wire\\:loading\\.inline-flex][wire\\:loading\\.inline-flex] {{display: none;}}[wire\\:loading\\.delay\\.none][wire\\:loading\\.delay\\.none], [wire\\:loading\\.delay\\.shortest][wire\\:loading\\.delay\\.shortest], [wire\\:loading\\.delay\\.shorter][wire\\:loading\\.delay\\.shorter], [wire\\:loading\\.delay\\.short][wire\\:loading\\.delay\\.short], [wire\\:loading\\.delay\\.default][wire\\:loading\\.delay\\.default], [wire\\:loading\\.delay\\.long][wire\\:loading\\.delay\\.long], [wire\\:loading\\.delay\\.longer][wire\\:loading\\.delay\\.longer], [wire\\:loading\\.delay\\.longest][wire\\:loading\\.delay\\.longest] {{display: none;}}[wire\\:offline][wire\\:offline] {{display: none;}}[wire\\:dirty]:not(textarea):not(input):not(select) {{display: none;}}:root {{--livewire-progress-bar-color: #2299dd;}}[x-cloak] {{display: none !important;}}</style>
</head>"""


_NAV = [
    ("/", "Trang chủ"),
    ("/gioi-thieu", "Giới thiệu"),
    ("/tin-tuc", "Tin tức"),
    ("/van-ban", "Văn bản"),
    ("/lich-cong-tac", "Lịch công tác"),
    ("/thu-vien-anh", "Thư viện ảnh"),
    ("/lien-he", "Liên hệ"),
]


def _header(active: str) -> str:
    items = []
    for href, label in _NAV:
        on = " bg-sky-900" if href == active else ""
        if href == "/tin-tuc":
            sub = "".join(
                f'<a href="/danh-muc/{slug}" wire:navigate class="block px-4 py-2 text-sm text-gray-700 hover:bg-sky-50">{esc(name)}</a>'
                for slug, (_id, name) in CATS.items()
            )
            items.append(
                f'<li class="relative" x-data="{{ open: false }}" @mouseenter="open = true" @mouseleave="open = false">'
                f'<a href="/tin-tuc" wire:navigate class="block px-4 py-3 font-medium text-white hover:bg-sky-900{on}">{label}'
                '<svg class="inline h-4 w-4 ml-1" viewBox="0 0 20 20" fill="currentColor"><path d="M5.3 7.3a1 1 0 011.4 0L10 10.6l3.3-3.3a1 1 0 111.4 1.4l-4 4a1 1 0 01-1.4 0l-4-4a1 1 0 010-1.4z"/></svg></a>'
                f'<div x-show="open" x-cloak x-transition class="absolute left-0 z-20 w-60 rounded-b-md bg-white py-1 shadow-lg">{sub}</div></li>'
            )
        else:
            items.append(
                f'<li><a href="{href}" wire:navigate class="block px-4 py-3 font-medium text-white hover:bg-sky-900{on}">{label}</a></li>'
            )
    return f"""<header class="bg-white shadow-sm">
    <div class="bg-sky-900 text-sky-50 text-xs">
        <div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-1.5">
            <span class="flex items-center gap-1"><svg class="h-3.5 w-3.5" viewBox="0 0 20 20" fill="currentColor"><path d="M6 2a1 1 0 00-1 1v1H4a2 2 0 00-2 2v10a2 2 0 002 2h12a2 2 0 002-2V6a2 2 0 00-2-2h-1V3a1 1 0 10-2 0v1H7V3a1 1 0 00-1-1z"/></svg>{TODAY}</span>
            <span class="hidden sm:inline">Đường dây nóng: <a href="tel:{HOTLINE.replace(" ", "")}" class="font-semibold">{HOTLINE}</a></span>
            <a href="/login" class="hover:underline">Đăng nhập</a>
        </div>
    </div>
    <div class="mx-auto flex max-w-7xl items-center gap-4 px-4 py-4">
        <a href="/" wire:navigate><img src="/images/logo-pgd-hoai-an.png" alt="Logo {esc(SHORT)}" class="h-16 w-16"></a>
        <div>
            <p class="text-sm font-semibold uppercase tracking-wide text-sky-700">Ủy ban nhân dân huyện Hoài Ân</p>
            <p class="text-xl font-extrabold uppercase text-sky-900 md:text-2xl">Phòng Giáo dục và Đào tạo</p>
        </div>
        <form action="/tin-tuc" method="GET" class="ml-auto hidden md:block">
            <label for="q" class="sr-only">Tìm kiếm</label>
            <input id="q" type="search" name="search" placeholder="Tìm kiếm tin tức..." class="w-64 rounded-full border-gray-300 text-sm focus:border-sky-500 focus:ring-sky-500">
        </form>
    </div>
    <nav class="bg-sky-700" x-data="{{ mobile: false }}">
        <div class="mx-auto max-w-7xl px-4">
            <button type="button" class="py-3 text-white md:hidden" x-on:click="mobile = !mobile" aria-label="Mở menu">&#9776;</button>
            <ul class="md:flex" :class="mobile ? 'block' : 'hidden md:flex'">{"".join(items)}</ul>
        </div>
    </nav>
</header>"""


def _sidebar() -> str:
    newest = listed()[:5]
    latest = "".join(
        f'<li class="py-2"><a href="{article_path(s)}" wire:navigate class="text-sm font-medium text-gray-800 hover:text-sky-700">{esc(s.title)}</a>'
        f'<p class="mt-0.5 text-xs text-gray-400">{_day(s)}</p></li>'
        for s in newest
    )
    hot = "".join(
        f'<li class="flex gap-2 py-2"><span class="text-lg font-bold text-sky-200">{n}</span>'
        f'<a href="{article_path(s)}" wire:navigate class="text-sm text-gray-700 hover:text-sky-700">{esc(s.title)}</a></li>'
        for n, s in enumerate(listed(sort="xem-nhieu")[:5], 1)
    )
    return f"""<aside class="space-y-6">
    <section class="rounded-xl bg-white p-4 shadow-sm">
        <h2 class="border-b-2 border-sky-700 pb-2 text-sm font-bold uppercase text-sky-800">Tin mới nhất</h2>
        <ul class="divide-y divide-gray-100">{latest}</ul>
    </section>
    <section class="rounded-xl bg-white p-4 shadow-sm">
        <h2 class="border-b-2 border-sky-700 pb-2 text-sm font-bold uppercase text-sky-800">Xem nhiều</h2>
        <ol>{hot}</ol>
        <a href="/tin-tuc?sort=xem-nhieu" wire:navigate class="mt-2 inline-block text-xs font-semibold text-sky-700 hover:underline">Xem tất cả &rarr;</a>
    </section>
    <section class="rounded-xl bg-white p-4 shadow-sm">
        <h2 class="border-b-2 border-sky-700 pb-2 text-sm font-bold uppercase text-sky-800">Lịch công tác</h2>
        <p class="mt-2 text-sm text-gray-600">Lịch công tác tuần của lãnh đạo Phòng.</p>
        <a href="/lich-cong-tac" wire:navigate class="mt-2 inline-block rounded bg-sky-700 px-3 py-1.5 text-xs font-semibold text-white">Xem lịch tuần này</a>
    </section>
    <section class="space-y-3">
        <a href="https://dichvucong.binhdinh.gov.vn" target="_blank" rel="noopener"><img src="/images/banners/dich-vu-cong.png" alt="Cổng dịch vụ công tỉnh Bình Định" class="w-full rounded-lg"></a>
        <a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener"><img src="/images/banners/csdl-nganh.png" alt="Cơ sở dữ liệu ngành giáo dục" class="w-full rounded-lg"></a>
        <a href="https://binhdinh.edu.vn" target="_blank" rel="noopener"><img src="/images/banners/so-gddt.png" alt="Sở Giáo dục và Đào tạo Bình Định" class="w-full rounded-lg"></a>
    </section>
    <section class="rounded-xl bg-white p-4 text-sm shadow-sm">
        <h2 class="border-b-2 border-sky-700 pb-2 text-sm font-bold uppercase text-sky-800">Thống kê truy cập</h2>
        <dl class="mt-2 grid grid-cols-2 gap-y-1 text-gray-600">
            <dt>Đang truy cập:</dt><dd class="text-right font-semibold">14</dd>
            <dt>Hôm nay:</dt><dd class="text-right font-semibold">386</dd>
            <dt>Tháng này:</dt><dd class="text-right font-semibold">9.412</dd>
            <dt>Tổng lượt truy cập:</dt><dd class="text-right font-semibold">1.274.905</dd>
        </dl>
    </section>
</aside>"""


def _footer() -> str:
    return f"""<footer class="mt-10 bg-sky-900 text-sky-100">
    <div class="mx-auto grid max-w-7xl gap-6 px-4 py-8 text-sm md:grid-cols-3">
        <div>
            <p class="font-bold uppercase text-white">{esc(SITE)}</p>
            <p class="mt-2">Địa chỉ: {esc(ADDRESS)}</p>
            <p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE}</p>
            <p>Email: <a href="mailto:{EMAIL}" class="underline">{EMAIL}</a></p>
        </div>
        <div>
            <p>Chịu trách nhiệm chính: bà Nguyễn Thị Minh Nguyệt - Trưởng phòng</p>
            <p>Giấy phép số 05/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bình Định cấp.</p>
        </div>
        <div>
            <p class="font-semibold text-white">Liên kết website</p>
            <select class="mt-2 w-full rounded text-gray-800" onchange="if (this.value) window.open(this.value)">
                <option value="">-- Chọn liên kết --</option>
                <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
                <option value="https://binhdinh.edu.vn">Sở GD&amp;ĐT Bình Định</option>
                <option value="https://hoaian.binhdinh.gov.vn">UBND huyện Hoài Ân</option>
            </select>
        </div>
    </div>
    <p class="border-t border-sky-800 py-3 text-center text-xs">&copy; 2025 Bản quyền thuộc {esc(SITE)}. Thiết kế bởi Công ty TNHH Phần mềm Quy Nhơn Tech.</p>
</footer>"""


def _scripts() -> str:
    return (
        f'<script src="{LW_JS}"   data-csrf="{CSRF}" data-update-uri="/livewire/update"'
        ' data-navigate-once="true"></script>'
    )


def _page(title: str, main: str, active: str = "", extra: str = "", sidebar: bool = True) -> str:
    aside = f'<div class="lg:col-span-1">{_sidebar()}</div>' if sidebar else ""
    cols = "lg:col-span-2" if sidebar else "lg:col-span-3"
    return f"""{_head(title, extra)}
<body class="bg-gray-50 font-sans text-gray-900 antialiased">
{_header(active)}
<div class="mx-auto grid max-w-7xl gap-6 px-4 py-6 lg:grid-cols-3">
<main class="{cols}">
{main}
</main>
{aside}
</div>
{_footer()}
<button type="button" x-data x-on:click="window.scrollTo({{top: 0, behavior: 'smooth'}})" class="fixed bottom-6 right-6 rounded-full bg-sky-700 p-3 text-white shadow-lg" aria-label="Về đầu trang">&uarr;</button>
{_scripts()}
</body>
</html>"""


def _crumbs(*trail: tuple[str | None, str]) -> str:
    items = ['<li><a href="/" wire:navigate class="hover:text-sky-700">Trang chủ</a></li>']
    for href, label in trail:
        sep = '<svg class="h-4 w-4 text-gray-300" viewBox="0 0 20 20" fill="currentColor"><path d="M7.3 14.7a1 1 0 010-1.4L10.6 10 7.3 6.7a1 1 0 011.4-1.4l4 4a1 1 0 010 1.4l-4 4a1 1 0 01-1.4 0z"/></svg>'
        inner = (
            f'<a href="{href}" wire:navigate class="hover:text-sky-700">{esc(label)}</a>'
            if href
            else f'<span aria-current="page" class="text-gray-700">{esc(label)}</span>'
        )
        items.append(f'<li class="flex items-center gap-1">{sep}{inner}</li>')
    return (
        '<nav aria-label="Breadcrumb" class="mb-4 text-sm text-gray-500">'
        f'<ol class="flex flex-wrap items-center gap-1">{"".join(items)}</ol></nav>'
    )


# --------------------------------------------------------------------------- Livewire pagination

_SCROLL = "($el.closest('body') || document.querySelector('body')).scrollIntoView()"
_BTN = (
    "relative inline-flex items-center px-4 py-2 -ml-px text-sm font-medium text-gray-700 bg-white"
    " border border-gray-300 leading-5 hover:text-gray-500 focus:z-10 focus:outline-none"
    " focus:border-blue-300 focus:ring ring-gray-300 active:bg-gray-100 active:text-gray-700"
    " transition ease-in-out duration-150"
)
_CUR = (
    "relative inline-flex items-center px-4 py-2 -ml-px text-sm font-medium text-gray-500 bg-white"
    " border border-gray-300 cursor-default leading-5 select-none"
)


def pagination(page: int, last: int, total: int, per: int) -> str:
    """Livewire 3's ``livewire::tailwind`` view, translated (lang/vi): buttons, never links."""
    if last <= 1:
        return "<div>\n    </div>"
    first_item = (page - 1) * per + 1 if page <= last else None
    last_item = min(page * per, total) if page <= last else None
    on_first, on_last = page <= 1, page >= last
    if on_first:
        prev_small = f'<span class="{_CUR} rounded-md">‹ Trước</span>'
        prev_big = (
            '<span aria-disabled="true" aria-label="‹ Trước"><span class="relative inline-flex items-center px-2 py-2'
            ' text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default rounded-l-md leading-5"'
            ' aria-hidden="true"><svg class="w-5 h-5" fill="currentColor" viewBox="0 0 20 20"><path fill-rule="evenodd"'
            ' d="M12.707 5.293a1 1 0 010 1.414L9.414 10l3.293 3.293a1 1 0 01-1.414 1.414l-4-4a1 1 0 010-1.414l4-4a1 1 0 011.414 0z"'
            ' clip-rule="evenodd" /></svg></span></span>'
        )
    else:
        prev_small = (
            f'<button type="button" wire:click="previousPage(\'page\')" x-on:click="{_SCROLL}"'
            f' wire:loading.attr="disabled" dusk="previousPage.before" class="{_BTN} rounded-md">‹ Trước</button>'
        )
        prev_big = (
            f'<button type="button" wire:click="previousPage(\'page\')" x-on:click="{_SCROLL}"'
            f' dusk="previousPage.after" class="relative inline-flex items-center px-2 py-2 text-sm font-medium'
            ' text-gray-500 bg-white border border-gray-300 rounded-l-md leading-5 hover:text-gray-400" aria-label="‹ Trước">'
            '<svg class="w-5 h-5" fill="currentColor" viewBox="0 0 20 20"><path fill-rule="evenodd" d="M12.707 5.293a1 1 0'
            ' 010 1.414L9.414 10l3.293 3.293a1 1 0 01-1.414 1.414l-4-4a1 1 0 010-1.414l4-4a1 1 0 011.414 0z"'
            ' clip-rule="evenodd" /></svg></button>'
        )
    if on_last:
        next_small = f'<span class="{_CUR} rounded-md">Sau ›</span>'
        next_big = (
            '<span aria-disabled="true" aria-label="Sau ›"><span class="relative inline-flex items-center px-2 py-2'
            ' -ml-px text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default rounded-r-md'
            ' leading-5" aria-hidden="true"><svg class="w-5 h-5" fill="currentColor" viewBox="0 0 20 20"><path'
            ' fill-rule="evenodd" d="M7.293 14.707a1 1 0 010-1.414L10.586 10 7.293 6.707a1 1 0 011.414-1.414l4 4a1 1 0'
            ' 010 1.414l-4 4a1 1 0 01-1.414 0z" clip-rule="evenodd" /></svg></span></span>'
        )
    else:
        next_small = (
            f'<button type="button" wire:click="nextPage(\'page\')" x-on:click="{_SCROLL}"'
            f' wire:loading.attr="disabled" dusk="nextPage.before" class="{_BTN} rounded-md">Sau ›</button>'
        )
        next_big = (
            f'<button type="button" wire:click="nextPage(\'page\')" x-on:click="{_SCROLL}"'
            f' dusk="nextPage.after" class="relative inline-flex items-center px-2 py-2 -ml-px text-sm font-medium'
            ' text-gray-500 bg-white border border-gray-300 rounded-r-md leading-5 hover:text-gray-400" aria-label="Sau ›">'
            '<svg class="w-5 h-5" fill="currentColor" viewBox="0 0 20 20"><path fill-rule="evenodd" d="M7.293 14.707a1 1 0'
            ' 010-1.414L10.586 10 7.293 6.707a1 1 0 011.414-1.414l4 4a1 1 0 010 1.414l-4 4a1 1 0 01-1.414 0z"'
            ' clip-rule="evenodd" /></svg></button>'
        )
    numbers = []
    for n in range(1, last + 1):
        if n == page:
            inner = f'<span aria-current="page"><span class="{_CUR}">{n}</span></span>'
        else:
            inner = (
                f'<button type="button" wire:click="gotoPage({n}, \'page\')" x-on:click="{_SCROLL}"'
                f' class="{_BTN}" aria-label="Đến trang {n}">{n}</button>'
            )
        numbers.append(f'<span wire:key="paginator-page-page{n}">{inner}</span>')
    shown = (
        f'<span>Hiển thị</span> <span class="font-medium">{first_item}</span> <span>đến</span>'
        f' <span class="font-medium">{last_item}</span> <span>trong</span>'
        if first_item
        else "<span>Hiển thị</span> <span>trong</span>"
    )
    return f"""<div>
        <nav role="navigation" aria-label="Pagination Navigation" class="flex items-center justify-between">
            <div class="flex justify-between flex-1 sm:hidden">
                <span>{prev_small}</span>
                <span>{next_small}</span>
            </div>
            <div class="hidden sm:flex-1 sm:flex sm:items-center sm:justify-between">
                <div>
                    <p class="text-sm text-gray-700 leading-5">
                        {shown} <span class="font-medium">{total}</span> <span>kết quả</span>
                    </p>
                </div>
                <div>
                    <span class="relative z-0 inline-flex rounded-md shadow-sm">
                        <span>{prev_big}</span>
                        {"".join(numbers)}
                        <span>{next_big}</span>
                    </span>
                </div>
            </div>
        </nav>
    </div>"""


def page_param(request: Request) -> int:
    """Livewire's paginator from ``?page``: a non-number or a number below 1 is page 1."""
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else 1


# --------------------------------------------------------------------------- pages


def _article(story: Story) -> str:
    name = category_name(story)
    meta = [f'<span>Đăng ngày <time datetime="{_utc(story)}">{_day(story)} lúc {_local(story):%H:%M}</time></span>']
    if story.opts.get("tac_gia"):
        meta.append(f'<span>Tác giả: <span class="font-medium text-gray-700">{esc(story.opts["tac_gia"])}</span></span>')
    meta.append(f'<span>Người đăng: {esc(story.opts["user"])}</span>')
    if story.opts.get("updated"):
        meta.append(f'<span class="italic">Cập nhật {story.opts["updated"]}</span>')
    meta.append(f'<span>{story.opts["views"]} lượt xem</span>')
    dot = '<span aria-hidden="true">&middot;</span>'
    cover = (
        f'<div class="mt-5 aspect-[16/9] w-full rounded-xl bg-cover bg-center" style="background-image: url(\'{_cover(story.slug)}\')" role="img" aria-label="{esc(story.title)}"></div>'
        if story.opts.get("cover")
        else ""
    )
    sapo = (
        f'<p class="mt-5 text-lg italic leading-relaxed text-gray-700">{esc(story.summary)}</p>'
        if story.summary and story.sapo_outside
        else ""
    )
    body = body_html(story)
    attach = ""
    if story.opts.get("attach"):
        rows = "".join(
            f'<li class="flex items-center justify-between py-2"><a href="{href}" class="text-sky-700 hover:underline" download>{esc(fname)}</a><span class="text-xs text-gray-400">{size}</span></li>'
            for href, fname, size in story.opts["attach"]
        )
        attach = f'<div class="mt-6 rounded-lg border border-gray-200 p-4"><h3 class="text-sm font-bold text-gray-800">Tệp đính kèm</h3><ul class="divide-y">{rows}</ul></div>'
    tags = ""
    if story.opts["tags"]:
        links = "".join(
            f'<a href="/tin-tuc?tag={t}" wire:navigate class="rounded-full bg-gray-100 px-3 py-1 text-xs text-gray-600 hover:bg-sky-100">#{esc(TAGS[t])}</a>'
            for t in story.opts["tags"]
        )
        tags = f'<div class="mt-6 flex flex-wrap items-center gap-2"><span class="text-sm font-semibold text-gray-700">Từ khóa:</span>{links}</div>'
    share_url = f"https://pgdhoaian.edu.vn{article_path(story)}"
    rel_snap, rel_id = _snapshot("tin-lien-quan", article_path(story), {"postId": story.id, "limit": 4}, f"rel{story.id}")
    lazy = esc(
        _php_json({"data": {"forMount": [{"postId": story.id}, {"s": "arr"}]}, "memo": {"id": rel_id, "name": "__mountParamsContainer"}})
    )
    main = f"""{_crumbs(("/tin-tuc", "Tin tức"), (f"/danh-muc/{story.cat}", name))}
<article class="rounded-xl bg-white p-6 shadow-sm">
    <a href="/danh-muc/{story.cat}" wire:navigate class="inline-block rounded bg-sky-50 px-2 py-1 text-xs font-semibold uppercase tracking-wider text-sky-700">{esc(name)}</a>
    <h1 class="mt-3 text-2xl font-bold leading-snug text-gray-900">{esc(story.title)}</h1>
    <div class="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-gray-500">{dot.join(meta)}</div>
    {cover}
    {sapo}
    <div class="prose mt-5 max-w-none prose-img:rounded-lg prose-a:text-sky-700">
{body}
    </div>
    {attach}
    {tags}
    <div class="mt-6 flex flex-wrap items-center gap-3 border-t border-gray-100 pt-4 text-sm" x-data="{{ copied: false }}">
        <span class="font-semibold text-gray-700">Chia sẻ:</span>
        <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener" class="rounded bg-blue-600 px-3 py-1 text-white">Facebook</a>
        <a href="https://zalo.me/share/?url={share_url}" target="_blank" rel="noopener" class="rounded bg-sky-500 px-3 py-1 text-white">Zalo</a>
        <button type="button" x-on:click="navigator.clipboard.writeText(window.location.href); copied = true" class="rounded border px-3 py-1"><span x-show="!copied">Sao chép liên kết</span><span x-show="copied" x-cloak>Đã sao chép!</span></button>
        <button type="button" onclick="window.print()" class="rounded border px-3 py-1">In bài viết</button>
    </div>
</article>
<section class="mt-8">
    <h2 class="mb-3 border-l-4 border-sky-700 pl-2 text-lg font-bold text-gray-800">Tin liên quan</h2>
    <div wire:snapshot="{rel_snap}" wire:effects="[]" wire:id="{rel_id}" x-intersect="$wire.__lazyLoad('{lazy}')"><div class="grid grid-cols-1 gap-4 sm:grid-cols-2"><div class="h-24 animate-pulse rounded-lg bg-gray-100"></div><div class="h-24 animate-pulse rounded-lg bg-gray-100"></div></div></div>
</section>"""
    extra = (
        f'<meta name="description" content="{esc(_excerpt(story))}">\n'
        f'    <meta property="og:type" content="article">\n'
        f'    <meta property="og:title" content="{esc(story.title)}">\n'
        f'    <meta property="og:image" content="https://pgdhoaian.edu.vn{_thumb(story)}">'
    )
    return _page(f"{story.title} - {SHORT}", main, active="/tin-tuc", extra=extra)


def _listing_component(request: Request, cat: str | None) -> str:
    params = request.params
    sort = params.get("sort", "moi-nhat")
    sort = sort if sort in SORTS else "moi-nhat"
    tag = params.get("tag") or None
    if tag is not None and tag not in TAGS:
        tag = "__none__"
    search = params.get("search", "").strip()
    items = listed(cat, sort, None if tag is None else tag, search) if tag != "__none__" else []
    per = CAT_PER_PAGE if cat else ALL_PER_PAGE
    page = page_param(request)
    last = pages(len(items), per)
    chunk = items[(page - 1) * per : page * per]
    data: dict[str, object] = {"search": search, "sort": sort, "tag": params.get("tag", "")}
    if cat:
        data["danhMuc"] = [None, {"class": "App\\Models\\Category", "key": CATS[cat][0], "s": "mdl"}]
    data["paginators"] = [{"page": page}, {"s": "arr"}]
    path = request.path
    snap, cid = _snapshot("danh-sach-tin", path, data, path + request.query)
    effects = esc(_php_json({"url": {"paginators.page": {"as": "page", "use": "push", "alwaysShow": False, "except": None}, "sort": {"as": "sort", "use": "push", "alwaysShow": False, "except": "moi-nhat"}, "tag": {"as": "tag", "use": "push", "alwaysShow": False, "except": ""}}}))
    options = "".join(f'<option value="{k}"{" selected" if k == sort else ""}>{v}</option>' for k, v in SORTS.items())
    if chunk:
        rows = "".join(
            f"""
        <li wire:key="post-{s.id}" class="flex gap-4 py-4">
            <a href="{article_path(s)}" wire:navigate class="shrink-0"><img src="{_thumb(s)}" alt="{esc(s.title)}" loading="lazy" class="h-28 w-40 rounded-lg object-cover"></a>
            <div class="min-w-0">
                <h3 class="font-semibold leading-snug text-gray-900"><a href="{article_path(s)}" wire:navigate class="hover:text-sky-700">{esc(s.title)}</a></h3>
                <p class="mt-1 text-xs text-gray-400">{_day(s)} &middot; {esc(category_name(s))}</p>
                <p class="mt-1 line-clamp-2 text-sm text-gray-600">{esc(_excerpt(s))}</p>
            </div>
        </li>"""
            for s in chunk
        )
        listing = f'<ul class="divide-y divide-gray-100">{rows}\n    </ul>'
    else:
        listing = '<p class="py-10 text-center text-gray-500">Không có bài viết nào.</p>'
    heading = CATS[cat][1] if cat else ("Kết quả tìm kiếm" if search else (f"Từ khóa: {TAGS[tag]}" if tag and tag in TAGS else "Tin tức"))
    return f"""<div wire:snapshot="{snap}" wire:effects="{effects}" wire:id="{cid}" class="rounded-xl bg-white p-6 shadow-sm">
    <div class="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 class="text-xl font-bold text-sky-900">{esc(heading)}</h1>
        <div class="flex items-center gap-2">
            <input type="search" wire:model.live.debounce.400ms="search" placeholder="Lọc theo tiêu đề..." class="rounded-md border-gray-300 text-sm">
            <select wire:model.live="sort" class="rounded-md border-gray-300 text-sm">{options}</select>
        </div>
    </div>
    <div wire:loading.delay class="py-2 text-sm text-gray-400">Đang tải...</div>
    {listing}
    <div class="mt-6">
    {pagination(page, last, len(items), per)}
    </div>
</div>"""


def _listing(request: Request, cat: str | None) -> str:
    name = CATS[cat][1] if cat else "Tin tức"
    crumbs = _crumbs(("/tin-tuc", "Tin tức"), (None, name)) if cat else _crumbs((None, "Tin tức"))
    main = crumbs + "\n" + _listing_component(request, cat)
    return _page(f"{name} - {SHORT}", main, active="/tin-tuc")


def _home() -> str:
    top = listed()[:4]
    lead, rest = top[0], top[1:]
    small = "".join(
        f'<li class="flex gap-3 py-3"><img src="{_thumb(s)}" alt="" loading="lazy" class="h-16 w-24 rounded object-cover">'
        f'<div><a href="{article_path(s)}" wire:navigate class="text-sm font-semibold hover:text-sky-700">{esc(s.title)}</a>'
        f'<p class="text-xs text-gray-400">{_day(s)}</p></div></li>'
        for s in rest
    )
    chuyen_mon = "".join(
        f'<li class="py-2"><a href="{article_path(s)}" wire:navigate class="text-sm hover:text-sky-700">{esc(s.title)}</a> <span class="text-xs text-gray-400">({_day(s)})</span></li>'
        for s in listed("hoat-dong-chuyen-mon")[:3]
    )
    notices = "".join(
        f'<li class="py-2"><a href="{article_path(s)}" wire:navigate class="text-sm hover:text-sky-700">{esc(s.title)}</a> <span class="text-xs text-gray-400">({_day(s)})</span></li>'
        for s in listed("thong-bao")[:3]
    )
    docs = "".join(
        f'<li class="py-2 text-sm"><a href="{d.path}" wire:navigate class="font-semibold text-sky-700">{esc(d.so_hieu)}</a> - {esc(d.trich_yeu)}</li>'
        for d in DOCS[:3]
    )
    albums = "".join(
        f'<a href="/thu-vien-anh/{slug}" wire:navigate class="block"><img src="/storage/albums/{slug}/01.jpg" alt="{esc(t)}" class="h-32 w-full rounded-lg object-cover"><p class="mt-1 text-sm font-medium">{esc(t)}</p></a>'
        for slug, (t, _d, _c) in ALBUMS.items()
    )
    main = f"""<section class="rounded-xl bg-white p-6 shadow-sm">
    <h2 class="mb-4 border-l-4 border-sky-700 pl-2 text-lg font-bold uppercase text-sky-900">Tin nổi bật</h2>
    <div class="grid gap-6 md:grid-cols-2">
        <div>
            <a href="{article_path(lead)}" wire:navigate><img src="{_thumb(lead)}" alt="{esc(lead.title)}" class="aspect-video w-full rounded-lg object-cover"></a>
            <h3 class="mt-3 text-lg font-bold leading-snug"><a href="{article_path(lead)}" wire:navigate class="hover:text-sky-700">{esc(lead.title)}</a></h3>
            <p class="mt-1 text-xs text-gray-400">{_day(lead)}</p>
            <p class="mt-2 text-sm text-gray-600">{esc(_excerpt(lead))}</p>
        </div>
        <ul class="divide-y divide-gray-100">{small}</ul>
    </div>
    <a href="/tin-tuc" wire:navigate class="mt-4 inline-block text-sm font-semibold text-sky-700">Xem tất cả tin tức &rarr;</a>
</section>
<div class="mt-6 grid gap-6 md:grid-cols-2">
    <section class="rounded-xl bg-white p-6 shadow-sm">
        <h2 class="mb-2 text-base font-bold uppercase text-sky-900"><a href="/danh-muc/hoat-dong-chuyen-mon" wire:navigate>Hoạt động chuyên môn</a></h2>
        <ul class="divide-y divide-gray-100">{chuyen_mon}</ul>
    </section>
    <section class="rounded-xl bg-white p-6 shadow-sm">
        <h2 class="mb-2 text-base font-bold uppercase text-sky-900"><a href="/danh-muc/thong-bao" wire:navigate>Thông báo</a></h2>
        <ul class="divide-y divide-gray-100">{notices}</ul>
        <a href="/lich-cong-tac?tuan={THIS_WEEK}" wire:navigate class="mt-3 inline-block rounded bg-amber-500 px-3 py-1.5 text-xs font-semibold text-white">Lịch công tác tuần {THIS_WEEK}</a>
    </section>
</div>
<section class="mt-6 rounded-xl bg-white p-6 shadow-sm">
    <h2 class="mb-2 text-base font-bold uppercase text-sky-900"><a href="/van-ban" wire:navigate>Văn bản mới</a></h2>
    <ul class="divide-y divide-gray-100">{docs}</ul>
</section>
<section class="mt-6 rounded-xl bg-white p-6 shadow-sm">
    <h2 class="mb-3 text-base font-bold uppercase text-sky-900"><a href="/thu-vien-anh" wire:navigate>Thư viện ảnh</a></h2>
    <div class="grid grid-cols-2 gap-4">{albums}</div>
</section>"""
    extra = f'<meta name="description" content="Trang thông tin điện tử {esc(SITE)}">'
    return _page(f"Trang chủ - {SHORT}", main, active="/", extra=extra)


def _van_ban(request: Request) -> str:
    page = page_param(request)
    loai = request.params.get("loai", "")
    docs = [d for d in DOCS if not loai or _slugify(d.loai) == loai]
    last = pages(len(docs), DOC_PER_PAGE)
    chunk = docs[(page - 1) * DOC_PER_PAGE : page * DOC_PER_PAGE]
    snap, cid = _snapshot(
        "van-ban.danh-sach", "/van-ban",
        {"loai": loai, "tuKhoa": "", "paginators": [{"page": page}, {"s": "arr"}]}, "vb" + request.query,
    )
    effects = esc(_php_json({"url": {"paginators.page": {"as": "page", "use": "push", "alwaysShow": False, "except": None}, "loai": {"as": "loai", "use": "push", "alwaysShow": False, "except": ""}}}))
    rows = "".join(
        f'<tr wire:key="vb-{d.slug}" class="border-b"><td class="px-3 py-2 font-medium"><a href="{d.path}" wire:navigate class="text-sky-700 hover:underline">{esc(d.so_hieu)}</a></td>'
        f'<td class="px-3 py-2">{d.ngay}</td><td class="px-3 py-2">{esc(d.trich_yeu)}</td>'
        f'<td class="px-3 py-2"><a href="{d.file}" class="text-xs text-sky-700" download>Tải về</a></td></tr>'
        for d in chunk
    )
    if not rows:
        rows = '<tr><td colspan="4" class="px-3 py-6 text-center text-gray-500">Không tìm thấy văn bản nào.</td></tr>'
    kinds = sorted({d.loai for d in DOCS})
    options = '<option value="">Tất cả loại văn bản</option>' + "".join(f'<option value="{_slugify(k)}">{esc(k)}</option>' for k in kinds)
    main = f"""{_crumbs((None, "Văn bản"))}
<div wire:snapshot="{snap}" wire:effects="{effects}" wire:id="{cid}" class="rounded-xl bg-white p-6 shadow-sm">
    <div class="mb-4 flex flex-wrap items-center justify-between gap-3">
        <h1 class="text-xl font-bold text-sky-900">Văn bản chỉ đạo, điều hành</h1>
        <div class="flex gap-2"><select wire:model.live="loai" class="rounded-md border-gray-300 text-sm">{options}</select>
        <input type="search" wire:model.live.debounce.500ms="tuKhoa" placeholder="Số hiệu, trích yếu..." class="rounded-md border-gray-300 text-sm"></div>
    </div>
    <table class="w-full text-left text-sm"><thead class="bg-sky-50 text-sky-900"><tr><th class="px-3 py-2">Số/Ký hiệu</th><th class="px-3 py-2">Ngày ban hành</th><th class="px-3 py-2">Trích yếu</th><th class="px-3 py-2">Tệp</th></tr></thead>
    <tbody>{rows}</tbody></table>
    <div class="mt-6">
    {pagination(page, last, len(docs), DOC_PER_PAGE)}
    </div>
</div>"""
    return _page(f"Văn bản - {SHORT}", main, active="/van-ban")


def _doc_page(doc: Doc) -> str:
    main = f"""{_crumbs(("/van-ban", "Văn bản"), (None, doc.so_hieu))}
<div class="rounded-xl bg-white p-6 shadow-sm">
    <h1 class="text-xl font-bold text-sky-900">{esc(doc.loai)} số {esc(doc.so_hieu)}</h1>
    <dl class="mt-4 grid grid-cols-3 gap-y-2 text-sm">
        <dt class="font-semibold text-gray-600">Số/Ký hiệu</dt><dd class="col-span-2">{esc(doc.so_hieu)}</dd>
        <dt class="font-semibold text-gray-600">Loại văn bản</dt><dd class="col-span-2">{esc(doc.loai)}</dd>
        <dt class="font-semibold text-gray-600">Ngày ban hành</dt><dd class="col-span-2">{doc.ngay}</dd>
        <dt class="font-semibold text-gray-600">Cơ quan ban hành</dt><dd class="col-span-2">{esc(doc.co_quan)}</dd>
        <dt class="font-semibold text-gray-600">Người ký</dt><dd class="col-span-2">{esc(doc.nguoi_ky)}</dd>
        <dt class="font-semibold text-gray-600">Trích yếu</dt><dd class="col-span-2">{esc(doc.trich_yeu)}</dd>
    </dl>
    <div class="mt-6 flex gap-3">
        <a href="{doc.file}" class="rounded bg-sky-700 px-4 py-2 text-sm font-semibold text-white" download>Tải về ({esc(doc.slug)}.pdf)</a>
        <a href="/van-ban" wire:navigate class="rounded border px-4 py-2 text-sm">Quay lại danh sách</a>
    </div>
</div>"""
    return _page(f"{doc.so_hieu} - {SHORT}", main, active="/van-ban")


_EVENTS = {
    47: [
        ("16/11/2026", "Thứ Hai", "7g30: Trưởng phòng dự chào cờ đầu tuần tại Trường THCS Ân Hảo."),
        ("18/11/2026", "Thứ Tư", "Cả ngày: Lãnh đạo Phòng dự Hội thi GVDG bậc Tiểu học tại Trường TH số 1 Tăng Bạt Hổ."),
    ],
    48: [
        ("23/11/2026", "Thứ Hai", "7g30: Giao ban lãnh đạo Phòng. Thành phần: Lãnh đạo Phòng, tổ trưởng các tổ chuyên môn."),
        ("24/11/2026", "Thứ Ba", "8g00: Phó Trưởng phòng Đinh Văn Khải kiểm tra công tác bán trú tại Trường MN Ân Nghĩa."),
        ("26/11/2026", "Thứ Năm", "14g00: Họp Hội đồng thi đua khen thưởng ngành. Địa điểm: Phòng họp Phòng GD&ĐT."),
        ("27/11/2026", "Thứ Sáu", "Cả ngày: Trưởng phòng dự Hội nghị giao ban giáo dục tại Sở GD&ĐT Bình Định."),
    ],
    49: [
        ("01/12/2026", "Thứ Ba", "8g00: Kiểm tra công tác chuẩn bị kiểm tra cuối học kỳ I tại các trường THCS."),
    ],
}


def _calendar(request: Request) -> str:
    raw = request.params.get("tuan", str(THIS_WEEK))
    tuan = int(raw) if re.fullmatch(r"-?\d{1,4}", raw) else THIS_WEEK
    monday = date.fromisocalendar(2026, 1, 1) + timedelta(weeks=tuan - 1)
    sunday = monday + timedelta(days=6)
    iso_year, iso_week, _ = monday.isocalendar()
    events = _EVENTS.get(tuan, [])
    rows = "".join(
        f'<tr class="border-b"><td class="px-3 py-2 font-semibold">{wd}<br><span class="text-xs text-gray-500">{d}</span></td><td class="px-3 py-2">{esc(ev)}</td></tr>'
        for d, wd, ev in events
    ) or '<tr><td colspan="2" class="px-3 py-6 text-center text-gray-500">Chưa có lịch công tác trong tuần này.</td></tr>'
    snap, cid = _snapshot("lich-cong-tac", "/lich-cong-tac", {"tuan": tuan, "nam": 2026}, f"lct{tuan}")
    effects = esc(_php_json({"url": {"tuan": {"as": "tuan", "use": "push", "alwaysShow": False, "except": None}}}))
    main = f"""{_crumbs((None, "Lịch công tác"))}
<div wire:snapshot="{snap}" wire:effects="{effects}" wire:id="{cid}" class="rounded-xl bg-white p-6 shadow-sm">
    <h1 class="text-xl font-bold text-sky-900">Lịch công tác tuần {iso_week}/{iso_year}</h1>
    <p class="text-sm text-gray-500">Từ ngày {monday:%d/%m/%Y} đến ngày {sunday:%d/%m/%Y}</p>
    <div class="my-4 flex gap-2">
        <button type="button" wire:click="$set('tuan', {tuan - 1})" wire:loading.attr="disabled" class="rounded border px-3 py-1.5 text-sm">‹ Tuần trước</button>
        <button type="button" wire:click="$set('tuan', {THIS_WEEK})" class="rounded bg-sky-700 px-3 py-1.5 text-sm text-white">Tuần này</button>
        <button type="button" wire:click="$set('tuan', {tuan + 1})" wire:loading.attr="disabled" class="rounded border px-3 py-1.5 text-sm">Tuần sau ›</button>
    </div>
    <table class="w-full text-left text-sm"><thead class="bg-sky-50"><tr><th class="w-32 px-3 py-2">Ngày</th><th class="px-3 py-2">Nội dung công việc</th></tr></thead><tbody>{rows}</tbody></table>
</div>"""
    return _page(f"Lịch công tác - {SHORT}", main, active="/lich-cong-tac")


def _gallery_index() -> str:
    cards = "".join(
        f'<a href="/thu-vien-anh/{slug}" wire:navigate class="block rounded-xl bg-white p-3 shadow-sm"><img src="/storage/albums/{slug}/01.jpg" alt="" class="h-40 w-full rounded-lg object-cover">'
        f'<p class="mt-2 font-semibold">{esc(t)}</p><p class="text-xs text-gray-400">{d} &middot; {len(c)} ảnh</p></a>'
        for slug, (t, d, c) in ALBUMS.items()
    )
    main = f'{_crumbs((None, "Thư viện ảnh"))}\n<h1 class="mb-4 text-xl font-bold text-sky-900">Thư viện ảnh</h1><div class="grid gap-4 sm:grid-cols-2">{cards}</div>'
    return _page(f"Thư viện ảnh - {SHORT}", main, active="/thu-vien-anh")


def _album(slug: str) -> str:
    title, day, captions = ALBUMS[slug]
    photos = "".join(
        f'<figure class="cursor-pointer" x-on:click="open = {n}"><img src="/storage/albums/{slug}/{n:02d}.jpg" alt="{esc(c)}" loading="lazy" class="h-48 w-full rounded-lg object-cover"><figcaption class="mt-1 text-xs text-gray-500">{esc(c)}</figcaption></figure>'
        for n, c in enumerate(captions, 1)
    )
    main = f"""{_crumbs(("/thu-vien-anh", "Thư viện ảnh"), (None, title))}
<div class="rounded-xl bg-white p-6 shadow-sm" x-data="{{ open: null }}">
    <h1 class="text-xl font-bold text-sky-900">{esc(title)}</h1>
    <p class="text-xs text-gray-400">Ngày đăng: {day}</p>
    <div class="mt-4 grid gap-4 sm:grid-cols-2">{photos}</div>
</div>"""
    return _page(f"{title} - {SHORT}", main, active="/thu-vien-anh")


def _about() -> str:
    main = f"""{_crumbs((None, "Giới thiệu"))}
<div class="rounded-xl bg-white p-6 shadow-sm">
    <h1 class="text-xl font-bold text-sky-900">Giới thiệu {esc(SITE)}</h1>
    <div class="prose mt-4 max-w-none">
        <h2>Chức năng, nhiệm vụ</h2>
        <p>Phòng Giáo dục và Đào tạo là cơ quan chuyên môn thuộc UBND huyện Hoài Ân, tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên trên địa bàn huyện.</p>
        <p>Toàn huyện hiện có 52 cơ sở giáo dục mầm non, tiểu học và THCS với hơn 19.000 học sinh và gần 1.300 cán bộ quản lý, giáo viên, nhân viên.</p>
        <h2>Lãnh đạo Phòng</h2>
        <ul><li>Trưởng phòng: bà Nguyễn Thị Minh Nguyệt</li><li>Phó Trưởng phòng: ông Đinh Văn Khải</li><li>Phó Trưởng phòng: ông Lê Văn Hưng</li></ul>
    </div>
</div>"""
    return _page(f"Giới thiệu - {SHORT}", main, active="/gioi-thieu")


def _contact() -> str:
    snap, cid = _snapshot("lien-he-form", "/lien-he", {"hoTen": "", "email": "", "dienThoai": "", "noiDung": "", "daGui": False}, "lienhe")
    main = f"""{_crumbs((None, "Liên hệ"))}
<div class="rounded-xl bg-white p-6 shadow-sm">
    <h1 class="text-xl font-bold text-sky-900">Liên hệ</h1>
    <p class="mt-2 text-sm">{esc(SITE)}<br>Địa chỉ: {esc(ADDRESS)}<br>Điện thoại: {PHONE} &middot; Email: {EMAIL}</p>
    <div wire:snapshot="{snap}" wire:effects="[]" wire:id="{cid}">
        <form wire:submit="gui" class="mt-6 space-y-4">
            <div><label class="block text-sm font-medium">Họ và tên <span class="text-red-500">*</span></label><input type="text" wire:model="hoTen" class="mt-1 w-full rounded-md border-gray-300"></div>
            <div><label class="block text-sm font-medium">Email</label><input type="email" wire:model="email" class="mt-1 w-full rounded-md border-gray-300"></div>
            <div><label class="block text-sm font-medium">Số điện thoại</label><input type="text" wire:model="dienThoai" class="mt-1 w-full rounded-md border-gray-300"></div>
            <div><label class="block text-sm font-medium">Nội dung <span class="text-red-500">*</span></label><textarea wire:model="noiDung" rows="5" class="mt-1 w-full rounded-md border-gray-300"></textarea></div>
            <button type="submit" wire:loading.attr="disabled" class="rounded bg-sky-700 px-4 py-2 text-sm font-semibold text-white"><span wire:loading.remove wire:target="gui">Gửi liên hệ</span><span wire:loading wire:target="gui">Đang gửi...</span></button>
        </form>
    </div>
</div>"""
    return _page(f"Liên hệ - {SHORT}", main, active="/lien-he")


def _login() -> str:
    snap, cid = _snapshot("pages.auth.login", "/login", {"form": [{"email": "", "password": "", "remember": False}, {"class": "App\\Livewire\\Forms\\LoginForm", "s": "form"}]}, "login")
    main = f"""<div class="mx-auto max-w-md rounded-xl bg-white p-6 shadow-sm">
    <div wire:snapshot="{snap}" wire:effects="[]" wire:id="{cid}">
        <h1 class="mb-4 text-lg font-bold">Đăng nhập hệ thống</h1>
        <form wire:submit="login">
            <div><label for="email" class="block text-sm font-medium text-gray-700">Email</label><input wire:model="form.email" id="email" class="mt-1 block w-full rounded-md border-gray-300" type="email" name="email" required autofocus autocomplete="username"></div>
            <div class="mt-4"><label for="password" class="block text-sm font-medium text-gray-700">Mật khẩu</label><input wire:model="form.password" id="password" class="mt-1 block w-full rounded-md border-gray-300" type="password" name="password" required autocomplete="current-password"></div>
            <div class="mt-4 block"><label for="remember" class="inline-flex items-center"><input wire:model="form.remember" id="remember" type="checkbox" class="rounded border-gray-300" name="remember"><span class="ms-2 text-sm text-gray-600">Ghi nhớ đăng nhập</span></label></div>
            <div class="mt-4 flex items-center justify-end"><button type="submit" class="rounded-md bg-gray-800 px-4 py-2 text-xs font-semibold uppercase tracking-widest text-white">Đăng nhập</button></div>
        </form>
    </div>
</div>"""
    return _page(f"Đăng nhập - {SHORT}", main, sidebar=False, extra='<meta name="robots" content="noindex, nofollow">')


# --------------------------------------------------------------------------- errors and the app

_ERROR = """<!DOCTYPE html>
<html lang="vi">
    <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{title}</title>
        <style>body{{font-family:ui-sans-serif,system-ui,sans-serif}}</style>
    </head>
    <body class="antialiased">
        <div class="relative flex items-top justify-center min-h-screen bg-gray-100 sm:items-center sm:pt-0">
            <div class="max-w-xl mx-auto sm:px-6 lg:px-8">
                <div class="flex items-center pt-8 sm:justify-start sm:pt-0">
                    <div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">{code}</div>
                    <div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">{message}</div>
                </div>
            </div>
        </div>
    </body>
</html>"""


def _error(code: int, title: str, message: str) -> Response:
    return html(_ERROR.format(title=title, code=code, message=message), status=code)


_ROBOTS = "User-agent: *\nDisallow:\n"
_LW_SCRIPT = b"/* Livewire v3.5.12 | Alpine.js v3.14.1 */(()=>{var e=window.Livewire;})();"


def _cookies() -> dict[str, str]:
    return {
        "Set-Cookie": (
            f"XSRF-TOKEN={_rand('xsrf', 60)}%3D; expires=Wed, 25 Nov 2026 03:00:00 GMT; Max-Age=7200;"
            " path=/; samesite=lax"
        ),
        "Cache-Control": "no-cache, private",
    }


def _storage(path: str) -> Response | None:
    known: set[str] = set()
    for s in STORIES:
        known |= {img.src for img in s.images}
        if s.opts.get("cover"):
            known.add(_cover(s.slug))
        known |= {href for href, _n, _s in s.opts.get("attach", [])}
    known.add("/storage/attachments/KH-215-boi-duong-HSG-lop-9.pdf")
    known |= {d.file for d in DOCS}
    for slug, (_t, _d, caps) in ALBUMS.items():
        known |= {f"/storage/albums/{slug}/{n:02d}.jpg" for n in range(1, len(caps) + 1)}
    if path not in known:
        return None
    if path.endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    return static_file(path)


class LivewirePgd:
    """The app: ``routes/web.php`` as a table (Livewire registers its own /livewire/* routes)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/livewire/update":
            if request.method != "POST":
                return _error(405, "Method Not Allowed", "405 | Method Not Allowed")
            if "json" in request.headers.get("Content-Type", "") + request.headers.get("Accept", ""):
                return Response(419, '{"message":"CSRF token mismatch."}', {"Content-Type": "application/json"})
            return _error(419, "Page Expired", "419 | Page Expired")
        if path == "/livewire/livewire.min.js":
            return Response(200, _LW_SCRIPT, {"Content-Type": "application/javascript; charset=utf-8"})
        if path.startswith("/livewire/"):
            return _error(404, "Not Found", "404 | Không tìm thấy trang")
        if path.startswith("/storage/"):
            return _storage(path) or _error(404, "Not Found", "404 | Không tìm thấy trang")
        if path.startswith(("/build/", "/images/")) or path == "/favicon.ico":
            return static_file(path) or _error(404, "Not Found", "404 | Không tìm thấy trang")
        if path == "/robots.txt":
            return Response(200, _ROBOTS, {"Content-Type": "text/plain; charset=UTF-8"})
        if len(path) > 1 and path.endswith("/"):
            return redirect(path.rstrip("/") + (f"?{request.query}" if request.query else ""), 301)
        if request.method == "POST":
            return _error(405, "Method Not Allowed", "405 | Method Not Allowed")
        if m := re.fullmatch(r"/tin/(\d+)", path):
            story = _BY_ID.get(int(m.group(1)))
            return redirect(article_path(story), 301) if story else _error(404, "Not Found", "404 | Không tìm thấy trang")
        page = self._page(request)
        if page is None:
            return _error(404, "Not Found", "404 | Không tìm thấy trang")
        return html(page, headers=_cookies())

    def _page(self, request: Request) -> str | None:
        path = request.path
        if path == "/":
            return _home()
        if path == "/tin-tuc":
            return _listing(request, None)
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)", path):
            story = _BY_SLUG.get(m.group(1))
            return _article(story) if story else None
        if m := re.fullmatch(r"/danh-muc/([a-z0-9-]+)", path):
            return _listing(request, m.group(1)) if m.group(1) in CATS else None
        if path == "/van-ban":
            return _van_ban(request)
        if m := re.fullmatch(r"/van-ban/([a-z0-9-]+)", path):
            doc = next((d for d in DOCS if d.slug == m.group(1)), None)
            return _doc_page(doc) if doc else None
        if path == "/lich-cong-tac":
            return _calendar(request)
        if path == "/thu-vien-anh":
            return _gallery_index()
        if m := re.fullmatch(r"/thu-vien-anh/([a-z0-9-]+)", path):
            return _album(m.group(1)) if m.group(1) in ALBUMS else None
        if path == "/gioi-thieu":
            return _about()
        if path == "/lien-he":
            return _contact()
        if path == "/login":
            return _login()
        return None


def build_site() -> LivewirePgd:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return LivewirePgd()
