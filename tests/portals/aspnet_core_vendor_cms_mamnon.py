"""Trường Mầm non Hoa Sen (quận Ninh Kiều, Cần Thơ) on an ASP.NET Core 6 kindergarten CMS.

Platform
--------
"KidsPortal 3" of a Mekong vendor (MekongSoft): ASP.NET Core 6, Razor Pages, Kestrel, a Tailwind
build with a cartoonish theme (Baloo 2 font, rounded cards, pastel rings), Alpine.js for the
small interactions and GLightbox for the photo galleries. What the platform really prints:

- every value a Razor view writes with ``@Model.X`` goes through ASP.NET Core's default
  ``HtmlEncoder``, which only lets Basic Latin through: titles, chips, dates, breadcrumbs and
  meta tags come out as hex references (``Tr&#x1B0;&#x1EDD;ng``, ``&#x2B;`` for "+"); the
  text of an article is ``@Html.Raw`` of the CKEditor 5 HTML and is raw UTF-8;
- the JSON endpoint is ``System.Text.Json`` with its default encoder: non-ASCII as ``\\uXXXX``
  and ``<``, ``>``, ``&``, ``'``, ``"``, ``+`` as ``\\u003C`` … inside the rendered card HTML;
- ``asp-append-version`` hashes on the CSS/JS, the antiforgery token (``CfDJ8…``) in every
  form, a ``.AspNetCore.Antiforgery.*`` cookie, ``Server: Kestrel``;
- the culture switch is the stock ``SetLanguage`` POST form (no link to follow).

URL scheme
----------
- ``/`` home: hero, "Tin nổi bật" carousel, latest news / children's activities / parents'
  corner, this week's menu box;
- ``/tin-tuc``, ``/hoat-dong-cua-be``, ``/goc-phu-huynh``: listings of 4 cards a page, a
  "Xem thêm" button that calls ``/api/posts?category=<slug>&page=<n>`` (JSON, the next cards
  as rendered HTML) and a no-script pager ``?p=<n>`` (printed as query-only hrefs ``?p=2``,
  hidden by ``class="hidden"`` and shown by a ``<noscript><style>``);
- ``/bai-viet/<slug>-<id>``: an article (the route is ``{slug}-{id:int}``: the slug is not
  checked); ``/BaiViet/Detail?id=<id>``: the Razor Page of the first version, still routed;
- ``/thuc-don/tuan-<ww>-<yyyy>``: weekly menu (weeks 48 and 49 of 2026 exist);
- ``/thu-vien-anh`` and ``/thu-vien-anh/<slug>``: photo albums;
- ``/gioi-thieu``, ``/lien-he``, ``/tim-kiem?q=``;
- ``/uploads/<yyyy>/<mm>/<file>`` photos, ``/images/…`` theme pictures, ``/css``, ``/js``, ``/lib``.

Page templates
--------------
- News and children's activities (``Pages/BaiViet/ChiTiet.cshtml``): breadcrumb, a rounded
  card whose header is the cover as a CSS ``background-image``, ``<h1>`` with the class/grade
  chip (and a "Mới" badge) inside it, a meta row (``<time datetime>`` in UTC, the printed local
  "3 tháng 12, 2026 · 06:30", views, "Người đăng: <CMS account>"), an optional sapo in its own
  ``<p>``, the CKEditor text in ``div.prose`` (long texts folded behind "Xem toàn bộ bài
  viết"), the GLightbox gallery of the activity after the text, topic tags, share bar, "Bài
  viết khác", JSON-LD ``NewsArticle`` (dates in UTC, the school as author).
- Parents' corner (``Pages/GocPhuHuynh/ChiTiet.cshtml``, an older view kept from the
  Windows-hosted version): a theme banner ``<img>``, kicker, ``<h1>``, a date line in the long
  .NET vi-VN (NLS) pattern "Thứ Bảy, 28 Tháng Mười Một 2026 lúc 2:30 CH", the audience chip, a
  sapo as a bordered italic ``<div>``, the text in ``div.prose``, "Bài cùng chuyên mục".

How each gold article is reached
--------------------------------
- Tin tức (5): 1287, 1271, 1258, 1243 on ``/tin-tuc`` (1287, 1271, 1258 also on the home
  page; 1287 also from the carousel under its old slug); 1232 only on ``/tin-tuc?p=2`` (or the
  JSON page 2).
- Hoạt động của bé (5): 1284, 1276, 1265, 1251 on ``/hoat-dong-cua-be`` (1265 also from the
  carousel under its old slug); 1238 only on ``/hoat-dong-cua-be?p=2``.
- Góc phụ huynh (3): 1281, 1268, 1245 on ``/goc-phu-huynh`` (one page).
- The sidebar's "Đọc nhiều" links 1258, 1271, 1281, 1276, 1243 by ``/BaiViet/Detail?id=``.
- "Bài viết khác" shows the 3 newest of the category other than the page itself, so the
  5th (page 2) article of a category is never linked from an article page.

Traps
-----
1. Load-more listings (pagination): 4 cards, then a "Xem thêm" ``<button>`` with a
   ``data-endpoint`` (no href) to the JSON API, and the real pager hidden in a
   ``<nav class="hidden">`` with query-only hrefs (``href="?p=2"``). Gold: 1232 and 1238 are
   articles although only page 2 (or JSON) lists them; listings, ``?p=`` pages and the API are
   not articles.
2. Stale slug served as is (new kind: the route ignores the slug): 1287 and 1265 were retitled
   after publishing and the home carousel (cached) still links their old slugs; the route only
   reads the id, so both URLs answer 200 with the same page, no redirect; ``<link
   rel="canonical">`` names the new slug. Gold: path = canonical = new slug; the old-slug URL in
   ``alt_paths``.
3. Legacy Razor Page route (new kind): the "Đọc nhiều" view component still generates
   ``/BaiViet/Detail?id=<id>`` (asp-page of version 1), which renders the same article. Gold:
   in ``alt_paths`` of 1258, 1271, 1281, 1276, 1243.
4. Razor's default HtmlEncoder (new kind of encoding): every ``@``-printed value (title in
   ``<title>``, ``<h1>``, breadcrumb, cards, meta tags, chips, dates) is written as hex
   references ``&#x1EA1;``, "&" as ``&amp;`` and "+" as ``&#x2B;``; the text itself is raw
   UTF-8; the JSON endpoint escapes everything as ``\\uXXXX``. Gold: the decoded NFC text
   ("Đoàn kiểm tra của Sở GD&ĐT …").
5. Chip inside the headline (new kind): ``<h1>`` holds the title, then ``<span>`` "🎈 Lớp Lá
   2" (the Lớp/Khối tag) and, for the last 7 days, ``<sup>Mới</sup>``. Gold title: the
   headline only, without chip or badge.
6. Dates (new kinds): the main template's ``<time datetime>`` and JSON-LD are UTC ("Z"); the
   printed local time is the truth: 1287 was posted "3 tháng 12, 2026 · 06:30", its attribute
   says ``2026-12-02T23:30:00Z`` (gold 2026-12-03T06:30:00+07:00, not the 2nd). The parents'
   corner prints the NLS month words and SA/CH: "Thứ Năm, 19 Tháng Mười Một 2026 lúc 9:05
   SA" (gold 2026-11-19T09:05:00+07:00), "… lúc 2:30 CH" = 14:30. 1271 also prints "Cập nhật:"
   (not the publication date). Listing cards print "2 ngày trước" (no gold use).
7. Text folded behind "Xem toàn bộ bài viết" (new kind): for long texts (1258, 1276, 1268)
   the second half is in ``<div x-show="more" x-cloak class="hidden">`` inside the prose
   container. Gold: the whole text is the body (hidden only until the click); the button text
   is not.
8. Lazy gallery outside the text container (new kind): the activity photos follow the prose
   ``div`` in a GLightbox grid; each ``<img>`` has a 1x1 GIF ``data:`` URI as ``src`` and the
   photo in ``data-src``, wrapped in ``<a href>`` to the same file; the caption is the
   ``<span>`` under it (some have none). Gold: images in page order (CKEditor figures in the
   text, then the gallery) with the ``data-src`` path; the card's cover is a CSS background
   (no ``<img>``), the parents' corner banner is a theme picture: neither is gold (when the
   cover file is also in the gallery it is gold once, where the gallery prints it).
9. Widgets inside the prose (new kind): Tailwind-typography ``div.not-prose`` boxes in the
   middle of the text: "Có thể ba mẹ quan tâm" (a card of another article), "Thực đơn tuần
   này" (a menu list), the Zalo OA subscription box; and a file-attachment line. Not body.
10. Bylines as a kindergarten signs them: "Cô Nguyễn Thị Thu Hà (GV lớp Lá 2)", "Bài & ảnh:
    cô Trần Ngọc Bích", "Tin: cô Lê Thị Mỹ Duyên – Ảnh: cô Đỗ Hoàng Yến", "Thầy Huỳnh Quốc
    Bảo – Chuyên viên tư vấn tâm lý", "ThS. Nguyễn Thị Kim Oanh – Hiệu trưởng", a unit alone
    ("Tổ Văn phòng"). Gold: the name without "Cô"/"Thầy"/"ThS." and without the post;
    "Người đăng: mnhoasen.admin" and JSON-LD's ``"author": {"@type": "Organization", "name":
    "Trường Mầm non Hoa Sen"}`` are nobody (gold [] where no byline is printed).
11. Weekly menus look like posts (new kind): ``/thuc-don/tuan-49-2026`` has an ``<h1>``, an
    "Áp dụng từ …" date, "Người đăng: Bộ phận bếp" and a prev/next week pager, but its content
    is a table of dishes. Gold: NON_ARTICLES (a timetable, like a work calendar).
12. Source lines: "Nguồn: Trạm Y tế phường Cái Khế" (1271) and a closing "Theo Trung tâm
    Kiểm soát bệnh tật thành phố Cần Thơ" (1281, whose text also has a sentence "Theo khuyến
    cáo của ngành y tế, …" that is text). Gold: source = the name; the lines are not body.

Gold decisions on ambiguous points
----------------------------------
- A verse printed as one ``<p>`` with ``<br>`` (1251) is one paragraph per line.
- "Hỏi: …" in bold (1245) is text (the question), not a sapo: the first paragraph is not bold.
- A bold first paragraph inside the prose (1258, 1268) is the sapo; the main template's
  ``p.text-lg.font-semibold`` and the parents' corner bordered ``div`` before the prose (1287,
  1281) are sapos outside the text (first body paragraph in gold).
- A CKEditor figure printed "(Ảnh: Minh Tuấn)" credits a photographer: caption None,
  photographers ["Minh Tuấn"]. A figure line "… (ảnh minh họa)" keeps its words as caption.
- Gallery captions are the printed ``<span>``, not the ``data-title`` or ``alt``.
- Category = the breadcrumb's section: "Tin tức", "Hoạt động của bé", "Góc phụ huynh".
- Audience/grade chips and "Chủ đề" tags are not text; photo albums, weekly menus, intro,
  contact are NON_ARTICLES; listings, the search page and the JSON API are neither.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    gold_record,
    opaque,
    static_file,
    text,
)

NAME = "aspnet_core_vendor_cms_mamnon"
PLATFORM = "ASP.NET Core 6 Razor Pages kindergarten CMS (KidsPortal 3, Tailwind + Alpine.js)"
START_PATH = "/"

SCHOOL = "Trường Mầm non Hoa Sen"
TODAY = date(2026, 12, 5)
HEADER_DAY = "Thứ Bảy, 05/12/2026"
ICT = timezone(timedelta(hours=7))
PAGE_SIZE = 4
ADMIN = "mnhoasen.admin"

CATS = {
    "tin-tuc": "Tin tức",
    "hoat-dong-cua-be": "Hoạt động của bé",
    "goc-phu-huynh": "Góc phụ huynh",
}

# ------------------------------------------------------------------------------------------
# Razor's and System.Text.Json's default encoders


def enc(value: str) -> str:
    """What ``@value`` prints in a Razor view: HtmlEncoder.Default (Basic Latin only)."""
    out = []
    for ch in value:
        code = ord(ch)
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&#x27;")
        elif ch == "+":
            out.append("&#x2B;")
        elif code > 0x7E or code < 0x20:
            out.append(f"&#x{code:X};")
        else:
            out.append(ch)
    return "".join(out)


def _stj_string(value: str) -> str:
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch in "<>&'\"+`" or code < 0x20 or code > 0x7E:
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04X}\\u{0xDC00 + (code & 0x3FF):04X}")
            else:
                out.append(f"\\u{code:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def stj(value: object) -> str:
    """JSON as System.Text.Json writes it with its default (escaping) encoder."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _stj_string(value)
    if isinstance(value, dict):
        return "{" + ",".join(f"{_stj_string(k)}:{stj(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(stj(v) for v in value) + "]"
    raise TypeError(type(value))


# ------------------------------------------------------------------------------------------
# Widgets printed inside the prose (not body)

_W_RELATED = (
    '<div class="not-prose my-7 rounded-2xl bg-sky-50 ring-2 ring-sky-100 p-4 flex gap-4 items-center">'
    '<img src="/uploads/2026/11/6-buoc-rua-tay.png?width=120&amp;height=90&amp;rmode=crop" '
    'class="w-[120px] h-[90px] rounded-xl object-cover" alt="">'
    '<div><p class="text-[11px] uppercase tracking-wider text-sky-500 font-bold">💡 Có thể ba mẹ quan tâm</p>'
    '<a class="font-bold text-slate-700 hover:text-sky-600" '
    'href="/bai-viet/phong-benh-tay-chan-mieng-cho-tre-khi-giao-mua-1281">'
    "Phòng bệnh tay chân miệng cho trẻ khi giao mùa</a></div></div>"
)

_W_MENU = (
    '<div class="not-prose my-7 rounded-2xl bg-orange-50 border-2 border-orange-200 p-5" data-widget="thuc-don-tuan">'
    '<p class="font-baloo text-lg text-orange-600">🍲 Thực đơn tuần này</p>'
    '<ul class="mt-2 space-y-1 text-sm text-slate-700">'
    "<li><b>Thứ Hai:</b> Cơm, cá basa sốt cà chua, canh bí đỏ nấu tôm</li>"
    "<li><b>Thứ Ba:</b> Cơm, thịt heo kho trứng cút, canh cải ngọt</li>"
    "<li><b>Thứ Tư:</b> Bún gạo xào thịt bò, rau củ</li></ul>"
    '<a href="/thuc-don/tuan-49-2026" class="inline-block mt-3 text-sm font-bold text-orange-600">Xem cả tuần →</a></div>'
)

_W_ZALO = (
    '<div class="not-prose my-7 rounded-2xl bg-blue-600 text-white p-5 flex items-center gap-4">'
    '<img src="/images/icons/zalo-oa.png" class="w-12 h-12" alt="Zalo">'
    '<div><p class="font-bold">Quan tâm Zalo OA của trường để nhận thông báo sớm nhất</p>'
    '<a href="https://zalo.me/1849275503316720631" target="_blank" rel="noopener" '
    'class="underline text-sm">Quan tâm ngay</a></div></div>'
)

_W_FILE_1271 = (
    '<p class="not-prose text-sm bg-slate-50 rounded-xl px-4 py-2">📎 Tệp đính kèm: '
    '<a href="/uploads/2026/11/thong-bao-tiem-soi-rubella-2026.pdf" class="text-sky-600 underline">'
    "Thong-bao-tiem-soi-rubella-2026.pdf</a> (212 KB)</p>"
)


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# ------------------------------------------------------------------------------------------
# The articles (texts as the CKEditor stored them; gold fields written by hand)

STORIES: list[Story] = [
    # ---------------------------------------------------------------- Tin tức
    Story(
        id=1287,
        slug="doan-kiem-tra-cua-so-gd-dt-khao-sat-danh-gia-cong-nhan-truong-mam-non-hoa-sen-dat-chuan-quoc-gia-muc-do-2",
        title="Đoàn kiểm tra của Sở GD&ĐT khảo sát, đánh giá công nhận Trường Mầm non Hoa Sen đạt chuẩn quốc gia mức độ 2",
        cat="tin-tuc",
        published_at="2026-12-03T06:30:00+07:00",
        summary=(
            "Sáng ngày 02/12/2026, đoàn kiểm tra của Sở Giáo dục và Đào tạo thành phố Cần Thơ do bà "
            "Lâm Thị Ngọc Hân, Phó Trưởng phòng Giáo dục Mầm non làm trưởng đoàn đã đến làm việc, khảo "
            "sát thực tế các điều kiện công nhận Trường Mầm non Hoa Sen đạt chuẩn quốc gia mức độ 2."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tiếp đoàn có bà Nguyễn Thị Kim Oanh, Hiệu trưởng nhà trường; đại diện lãnh đạo Phòng "
                "Giáo dục và Đào tạo quận Ninh Kiều, Ủy ban nhân dân phường Cái Khế cùng tập thể cán bộ "
                "quản lý, giáo viên, nhân viên của trường."
            ),
            P(
                "Tại buổi làm việc, nhà trường đã báo cáo kết quả tự đánh giá theo 5 tiêu chuẩn: tổ chức "
                "và quản lý nhà trường; cán bộ quản lý, giáo viên, nhân viên và trẻ; cơ sở vật chất và "
                "thiết bị dạy học; quan hệ giữa nhà trường, gia đình và xã hội; hoạt động và kết quả nuôi "
                "dưỡng, chăm sóc, giáo dục trẻ."
            ),
            Img(
                "/uploads/2026/12/doan-kiem-tra-lam-viec-bgh.jpg",
                printed="Đoàn kiểm tra làm việc với Ban Giám hiệu nhà trường.",
                caption="Đoàn kiểm tra làm việc với Ban Giám hiệu nhà trường.",
                style="figure",
            ),
            P(
                "Năm học 2026 – 2027, trường có 14 nhóm, lớp với 426 trẻ; 100% giáo viên đạt chuẩn trình "
                "độ đào tạo, trong đó 82% trên chuẩn. Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân giảm còn 1,2%, "
                "không có trẻ bị tai nạn thương tích trong trường."
            ),
            P(
                "Đoàn đã trực tiếp kiểm tra hồ sơ, tham quan phòng học, bếp ăn một chiều, sân chơi ngoài "
                "trời, khu vực phát triển vận động và dự giờ một số hoạt động học của trẻ ở các khối lớp."
            ),
            Img(
                "/uploads/2026/12/doan-du-gio-lop-la-1.jpg",
                printed="(Ảnh: Minh Tuấn)",
                caption=None,
                style="figure",
            ),
            P(
                "Phát biểu kết luận, bà Lâm Thị Ngọc Hân ghi nhận những nỗ lực của tập thể sư phạm nhà "
                "trường trong việc xây dựng môi trường giáo dục lấy trẻ làm trung tâm, đồng thời đề nghị "
                "trường tiếp tục bổ sung đồ dùng, đồ chơi tự tạo và hoàn thiện hồ sơ minh chứng trước khi "
                "đoàn trình Giám đốc Sở xem xét, ra quyết định công nhận."
            ),
            P(
                "Thay mặt nhà trường, bà Nguyễn Thị Kim Oanh tiếp thu ý kiến đóng góp của đoàn và cam kết "
                "sẽ khắc phục những tồn tại trong thời gian sớm nhất."
            ),
            _right("<strong>Tổ Văn phòng</strong>"),
        ],
        authors=["Tổ Văn phòng"],
        photographers=["Minh Tuấn"],
        opts={
            "chip": "🏫 Toàn trường",
            "cover": "/uploads/2026/12/doan-kiem-tra-lam-viec-bgh.jpg",
            "old_slug": "doan-kiem-tra-cong-nhan-truong-chuan-quoc-gia",
            "old_title": "Đoàn kiểm tra công nhận trường chuẩn quốc gia",
            "tags": ["kiểm định chất lượng", "trường chuẩn quốc gia"],
        },
    ),
    Story(
        id=1271,
        slug="tiem-bo-sung-vac-xin-soi-rubella-cho-tre-tu-1-den-duoi-6-tuoi",
        title="Tiêm bổ sung vắc-xin sởi – rubella cho trẻ từ 1 đến dưới 6 tuổi",
        cat="tin-tuc",
        published_at="2026-11-26T14:00:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch của Trung tâm Y tế quận Ninh Kiều về chiến dịch tiêm bổ sung vắc-xin "
                "sởi – rubella năm 2026, Trường Mầm non Hoa Sen phối hợp với Trạm Y tế phường Cái Khế tổ "
                "chức điểm tiêm tại trường vào sáng thứ Tư, ngày 02/12/2026."
            ),
            P(
                "Đối tượng tiêm là trẻ từ 1 đến dưới 6 tuổi đang theo học tại trường, chưa tiêm đủ 2 mũi "
                "vắc-xin có thành phần sởi theo lịch tiêm chủng mở rộng. Nhân viên y tế của trường đã rà "
                "soát sổ tiêm chủng và gửi danh sách đến từng lớp."
            ),
            Img(
                "/uploads/2026/11/kham-sang-loc-truoc-tiem.jpg",
                printed="Nhân viên y tế kiểm tra sức khỏe trẻ trước khi tiêm (ảnh minh họa)",
                caption="Nhân viên y tế kiểm tra sức khỏe trẻ trước khi tiêm (ảnh minh họa)",
                style="figure",
            ),
            P("Phụ huynh vui lòng chuẩn bị:", style="h3"),
            P("Sổ hoặc phiếu tiêm chủng của trẻ (bản chính);", style="li"),
            P("Cho trẻ ăn sáng đầy đủ, mặc áo ngắn tay hoặc áo dễ vén tay;", style="li"),
            P(
                "Thông báo với giáo viên chủ nhiệm nếu trẻ đang sốt, ho hoặc mới khỏi bệnh trong vòng 2 tuần;",
                style="li",
            ),
            P("Ký phiếu đồng ý tiêm chủng và nộp lại cho lớp trước ngày 30/11/2026.", style="li"),
            P(
                "Sau khi tiêm, trẻ được theo dõi tại trường ít nhất 30 phút. Trong 24 giờ tiếp theo, phụ "
                "huynh cần chú ý theo dõi nhiệt độ, tình trạng ăn uống, giấc ngủ của trẻ và liên hệ ngay "
                "với nhân viên y tế nhà trường qua số 0292 3 812 457 khi có dấu hiệu bất thường."
            ),
            Raw(_W_FILE_1271),
            _right("<em>Nguồn: Trạm Y tế phường Cái Khế</em>"),
        ],
        source="Trạm Y tế phường Cái Khế",
        opts={
            "chip": "🏫 Toàn trường",
            "cover": "/uploads/2026/11/kham-sang-loc-truoc-tiem.jpg",
            "updated": "2026-11-28T10:05:00+07:00",
            "tags": ["y tế học đường", "tiêm chủng"],
        },
    ),
    Story(
        id=1258,
        slug="chao-mung-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
        cat="tin-tuc",
        published_at="2026-11-20T10:20:00+07:00",
        summary=(
            "Trong không khí cả nước hướng về Ngày Nhà giáo Việt Nam, sáng 19/11/2026, Trường Mầm non "
            "Hoa Sen long trọng tổ chức lễ mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên "
            "dương giáo viên, nhân viên tiêu biểu."
        ),
        blocks=[
            P(
                "Trong không khí cả nước hướng về Ngày Nhà giáo Việt Nam, sáng 19/11/2026, Trường Mầm non "
                "Hoa Sen long trọng tổ chức lễ mít tinh kỷ niệm 44 năm Ngày Nhà giáo Việt Nam và tuyên "
                "dương giáo viên, nhân viên tiêu biểu.",
                style="bold",
            ),
            P(
                "Đến dự buổi lễ có ông Trần Văn Lộc, Phó Chủ tịch UBND phường Cái Khế; đại diện Ban đại "
                "diện cha mẹ trẻ em cùng các thế hệ thầy cô giáo đã nghỉ hưu của trường."
            ),
            P(
                "Ôn lại truyền thống vẻ vang của ngành giáo dục, bà Nguyễn Thị Kim Oanh, Hiệu trưởng nhà "
                "trường nhấn mạnh: trong năm qua, đội ngũ giáo viên đã không ngừng đổi mới phương pháp, "
                "tích cực ứng dụng công nghệ thông tin và đưa các hoạt động STEAM vào chương trình giáo "
                "dục mầm non."
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 9 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
                "trường và 3 nhân viên hoàn thành xuất sắc nhiệm vụ; trao tặng quà tri ân các thầy cô đã "
                "nghỉ hưu."
            ),
            P(
                "Phần văn nghệ chào mừng do chính các bé biểu diễn đã mang đến nhiều cảm xúc. Những tiết "
                "mục múa “Cô giáo em”, “Bông hoa mừng cô” được các bé khối Lá thể hiện hồn nhiên, đáng "
                "yêu, nhận được những tràng pháo tay cổ vũ nhiệt liệt."
            ),
            P(
                "Đại diện Ban đại diện cha mẹ trẻ em, anh Lý Hoàng Phúc bày tỏ lòng biết ơn đối với sự "
                "tận tụy của các cô: “Mỗi sáng đưa con đến lớp, chúng tôi hoàn toàn yên tâm vì biết con "
                "được yêu thương, chăm sóc như ở nhà”."
            ),
            P(
                "Buổi lễ khép lại bằng hoạt động các bé tự tay cắm hoa, trao tặng những tấm thiệp xinh "
                "xắn dành tặng cô giáo của mình."
            ),
            _right("<em>Tin: cô Lê Thị Mỹ Duyên – Ảnh: cô Đỗ Hoàng Yến</em>"),
            Img(
                "/uploads/2026/11/le-20-11-01.jpg",
                printed="Ban Giám hiệu tặng hoa chúc mừng giáo viên tiêu biểu",
                caption="Ban Giám hiệu tặng hoa chúc mừng giáo viên tiêu biểu",
                style="gallery",
            ),
            Img(
                "/uploads/2026/11/le-20-11-02.jpg",
                printed="Tiết mục múa “Cô giáo em” của bé lớp Lá 1",
                caption="Tiết mục múa “Cô giáo em” của bé lớp Lá 1",
                style="gallery",
            ),
            Img("/uploads/2026/11/le-20-11-03.jpg", style="gallery"),
            Img(
                "/uploads/2026/11/le-20-11-04.jpg",
                printed="Các bé tặng thiệp và hoa cho cô giáo",
                caption="Các bé tặng thiệp và hoa cho cô giáo",
                style="gallery",
            ),
        ],
        authors=["Lê Thị Mỹ Duyên"],
        photographers=["Đỗ Hoàng Yến"],
        opts={
            "chip": "🏫 Toàn trường",
            "cover": "/uploads/2026/11/le-20-11-cover.jpg",
            "fold": 4,
            "tags": ["20/11", "tri ân thầy cô"],
        },
    ),
    Story(
        id=1243,
        slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
        title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
        cat="tin-tuc",
        published_at="2026-10-24T09:45:00+07:00",
        blocks=[
            P(
                "Chiều ngày 23/10/2026, Trường Mầm non Hoa Sen tổ chức Hội nghị viên chức, người lao động "
                "năm học 2026 – 2027 với sự tham dự của 48 cán bộ, giáo viên, nhân viên."
            ),
            Img(
                "/uploads/2026/10/hoi-nghi-vien-chuc.jpg",
                printed="Quang cảnh hội nghị",
                caption="Quang cảnh hội nghị",
                style="figure",
            ),
            P(
                "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học "
                "mới; báo cáo công khai tài chính, kết quả thực hiện quy chế dân chủ cơ sở và sửa đổi, "
                "bổ sung quy chế chi tiêu nội bộ."
            ),
            P("Một số chỉ tiêu chính của năm học", style="h3"),
            P("Huy động 100% trẻ 5 tuổi trên địa bàn ra lớp;", style="li"),
            P("Tỷ lệ chuyên cần đạt từ 95% trở lên;", style="li"),
            P("Giảm tỷ lệ trẻ suy dinh dưỡng, thừa cân, béo phì so với đầu năm học;", style="li"),
            P("Phấn đấu được công nhận trường đạt chuẩn quốc gia mức độ 2.", style="li"),
            P(
                "Các ý kiến thảo luận tại hội nghị tập trung vào việc tăng cường đồ dùng dạy học tự làm, "
                "nâng cao chất lượng bữa ăn bán trú và tổ chức thêm các buổi sinh hoạt chuyên môn theo "
                "cụm trường."
            ),
            P(
                "Kết thúc hội nghị, 100% đại biểu biểu quyết thông qua nghị quyết; các tổ chuyên môn, tổ "
                "văn phòng đã ký kết giao ước thi đua năm học 2026 – 2027."
            ),
            _right("<strong>ThS. Nguyễn Thị Kim Oanh</strong> – Hiệu trưởng"),
        ],
        authors=["Nguyễn Thị Kim Oanh"],
        opts={
            "chip": "🏫 Toàn trường",
            "cover": "/uploads/2026/10/hoi-nghi-vien-chuc.jpg",
            "tags": ["hội nghị", "dân chủ cơ sở"],
        },
    ),
    Story(
        id=1232,
        slug="truong-co-4-giao-vien-dat-giai-hoi-thi-giao-vien-day-gioi-cap-quan",
        title="Trường có 4 giáo viên đạt giải Hội thi giáo viên dạy giỏi cấp quận",
        cat="tin-tuc",
        published_at="2026-10-15T16:10:00+07:00",
        blocks=[
            P(
                "Từ ngày 05 đến 13/10/2026, Phòng Giáo dục và Đào tạo quận Ninh Kiều tổ chức Hội thi giáo "
                "viên dạy giỏi bậc học mầm non năm học 2026 – 2027 với 96 giáo viên đến từ 24 trường tham gia."
            ),
            P(
                "Trường Mầm non Hoa Sen có 5 giáo viên dự thi. Mỗi giáo viên thực hiện hai hoạt động giáo "
                "dục trẻ, trong đó có một hoạt động bắt buộc thuộc lĩnh vực phát triển ngôn ngữ và một "
                "hoạt động tự chọn."
            ),
            P(
                "Kết quả, nhà trường có 1 giải Nhất (cô Đặng Thị Bảo Ngọc, lớp Lá 1), 1 giải Nhì (cô Phan "
                "Thị Thanh Tâm, lớp Chồi 1) và 2 giải Khuyến khích. Đây là kết quả của quá trình chuẩn bị "
                "công phu, sự hỗ trợ nhiệt tình của tổ chuyên môn và Ban Giám hiệu."
            ),
            Img(
                "/uploads/2026/10/gv-dat-giai-day-gioi.jpg",
                printed="Cô Đặng Thị Bảo Ngọc (bìa trái) nhận giải Nhất hội thi",
                caption="Cô Đặng Thị Bảo Ngọc (bìa trái) nhận giải Nhất hội thi",
                style="figure",
            ),
            P(
                "Nhà trường chúc mừng các cô và mong rằng những kinh nghiệm quý từ hội thi sẽ được chia "
                "sẻ rộng rãi trong các buổi sinh hoạt chuyên môn sắp tới."
            ),
            _right("<strong>Tổ chuyên môn</strong>"),
        ],
        authors=["Tổ chuyên môn"],
        opts={
            "chip": "🏫 Toàn trường",
            "cover": "/uploads/2026/10/gv-dat-giai-day-gioi.jpg",
            "tags": ["giáo viên dạy giỏi"],
        },
    ),
    # ---------------------------------------------------------------- Hoạt động của bé
    Story(
        id=1284,
        slug="be-lop-la-2-tro-tai-lam-banh-bong-lan-cung-co",
        title="Bé lớp Lá 2 trổ tài làm bánh bông lan cùng cô",
        cat="hoat-dong-cua-be",
        published_at="2026-12-01T15:20:00+07:00",
        blocks=[
            P(
                "Nhằm giúp trẻ làm quen với các kỹ năng tự phục vụ và khám phá sự thay đổi của nguyên "
                "liệu khi nấu nướng, chiều ngày 30/11, cô và trò lớp Lá 2 đã cùng nhau tổ chức hoạt động "
                "trải nghiệm “Bé làm bánh bông lan”."
            ),
            P(
                "Trước khi bắt tay vào làm, các bé được cô giới thiệu các nguyên liệu: bột mì, trứng gà, "
                "sữa tươi, đường và bơ. Bé nào cũng tò mò quan sát, nếm thử một chút đường, ngửi mùi thơm "
                "của bơ và đặt rất nhiều câu hỏi."
            ),
            P(
                "Chia thành từng nhóm nhỏ, các bé thay nhau đập trứng, đong bột, khuấy đều hỗn hợp. Có "
                "bạn lần đầu đập trứng còn lúng túng, nhưng được các bạn trong nhóm động viên nên đã làm "
                "rất khéo."
            ),
            P(
                "Trong lúc chờ bánh chín, cô trò chuyện cùng bé về vì sao bánh lại phồng lên, vì sao phải "
                "rửa tay sạch trước khi chế biến thức ăn. Mùi bánh thơm lừng khắp lớp khiến bé nào cũng "
                "háo hức."
            ),
            P(
                "Thành quả là những chiếc bánh bông lan vàng ươm, mềm xốp. Các bé mang bánh tặng các cô "
                "nhà bếp, bác bảo vệ và để dành một phần mang về cho ba mẹ."
            ),
            _right("<strong>Cô Nguyễn Thị Thu Hà</strong> (GV lớp Lá 2)"),
            Img(
                "/uploads/2026/12/banh-bong-lan-01.jpg",
                printed="Cô giới thiệu nguyên liệu làm bánh",
                caption="Cô giới thiệu nguyên liệu làm bánh",
                style="gallery",
            ),
            Img(
                "/uploads/2026/12/banh-bong-lan-02.jpg",
                printed="Bé tập đập trứng",
                caption="Bé tập đập trứng",
                style="gallery",
            ),
            Img("/uploads/2026/12/banh-bong-lan-03.jpg", style="gallery"),
            Img(
                "/uploads/2026/12/banh-bong-lan-04.jpg",
                printed="Cả nhóm thay nhau khuấy bột",
                caption="Cả nhóm thay nhau khuấy bột",
                style="gallery",
            ),
            Img(
                "/uploads/2026/12/banh-bong-lan-05.jpg",
                printed="Những chiếc bánh bông lan đầu tiên của lớp Lá 2",
                caption="Những chiếc bánh bông lan đầu tiên của lớp Lá 2",
                style="gallery",
            ),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={
            "chip": "🎈 Lớp Lá 2",
            "cover": "/uploads/2026/12/banh-bong-lan-05.jpg",
            "tags": ["trải nghiệm", "kỹ năng sống"],
        },
    ),
    Story(
        id=1276,
        slug="khoi-choi-tham-quan-trai-nghiem-tai-khu-du-lich-sinh-thai-my-khanh",
        title="Khối Chồi tham quan, trải nghiệm tại Khu du lịch sinh thái Mỹ Khánh",
        cat="hoat-dong-cua-be",
        published_at="2026-11-24T08:15:00+07:00",
        blocks=[
            P(
                "Ngày 21/11/2026, hơn 120 bé khối Chồi của Trường Mầm non Hoa Sen đã có chuyến tham quan, "
                "trải nghiệm thực tế tại Khu du lịch sinh thái Mỹ Khánh, huyện Phong Điền."
            ),
            P(
                "Ngay từ sáng sớm, các bé đã có mặt tại trường trong trang phục đồng phục gọn gàng, đội "
                "nón và mang theo ba lô nhỏ. Các cô chia trẻ thành từng nhóm 8 bạn, mỗi nhóm có một giáo "
                "viên và một phụ huynh tình nguyện đi kèm."
            ),
            Img(
                "/uploads/2026/11/my-khanh-xuat-phat.jpg",
                printed="Các bé khối Chồi xếp hàng lên xe, sẵn sàng cho chuyến đi",
                caption="Các bé khối Chồi xếp hàng lên xe, sẵn sàng cho chuyến đi",
                style="figure",
            ),
            P(
                "Đến vườn trái cây, các bé được ngắm nhìn những cây chôm chôm, vú sữa, bòn bon trĩu quả, "
                "được nghe cô hướng dẫn viên kể về cách chăm sóc cây và tự tay hái những trái chôm chôm "
                "chín đỏ."
            ),
            P(
                "Hoạt động được các bé yêu thích nhất là xem biểu diễn đua heo và cho cá ăn ở hồ sen. "
                "Tiếng cười, tiếng reo hò vang khắp khu vườn."
            ),
            P(
                "Buổi trưa, cả đoàn cùng thưởng thức bữa cơm với canh chua cá lóc, thịt kho trứng và trái "
                "cây tráng miệng. Nhiều bé vốn biếng ăn ở nhà nhưng hôm nay ăn hết suất và còn xin thêm."
            ),
            Img(
                "/uploads/2026/11/my-khanh-hai-chom-chom.jpg",
                printed="Bé hái chôm chôm tại vườn",
                caption="Bé hái chôm chôm tại vườn",
                style="figure",
            ),
            P(
                "Qua chuyến đi, trẻ được mở rộng hiểu biết về các loại cây ăn trái đặc trưng của vùng đất "
                "Cần Thơ, rèn luyện kỹ năng tự phục vụ, tuân thủ nội quy khi đi tham quan và biết yêu quý "
                "thiên nhiên."
            ),
            P(
                "Ban Giám hiệu nhà trường chân thành cảm ơn các bậc phụ huynh đã đồng hành, hỗ trợ các cô "
                "trong suốt chuyến đi."
            ),
            _right("<em>Bài &amp; ảnh: cô Trần Ngọc Bích</em>"),
            Img(
                "/uploads/2026/11/my-khanh-01.jpg",
                printed="Cho cá ăn ở hồ sen",
                caption="Cho cá ăn ở hồ sen",
                style="gallery",
            ),
            Img(
                "/uploads/2026/11/my-khanh-02.jpg",
                printed="Các bé cổ vũ hội đua heo",
                caption="Các bé cổ vũ hội đua heo",
                style="gallery",
            ),
            Img("/uploads/2026/11/my-khanh-03.jpg", style="gallery"),
        ],
        authors=["Trần Ngọc Bích"],
        photographers=["Trần Ngọc Bích"],
        opts={
            "chip": "🌱 Khối Chồi",
            "cover": "/uploads/2026/11/my-khanh-xuat-phat.jpg",
            "fold": 5,
            "tags": ["tham quan", "trải nghiệm"],
        },
    ),
    Story(
        id=1265,
        slug="tiet-hoc-steam-be-lam-kinh-van-hoa-tu-ong-giay-va-vo-chai-nhua",
        title="Tiết học STEAM: bé làm kính vạn hoa từ ống giấy và vỏ chai nhựa",
        cat="hoat-dong-cua-be",
        published_at="2026-11-16T10:00:00+07:00",
        blocks=[
            P(
                "Kính vạn hoa là món đồ chơi quen thuộc gắn với tuổi thơ của nhiều thế hệ. Trong tiết học "
                "STEAM tuần này, các bé lớp Chồi 1 đã được tự tay làm ra chiếc kính vạn hoa của riêng mình "
                "từ những vật liệu tái chế."
            ),
            P("Bước 1: Khám phá", style="h3"),
            P(
                "Cô cho trẻ quan sát một chiếc kính vạn hoa thật, xoay và nhìn những hình ảnh thay đổi "
                "liên tục. Các bé thảo luận vì sao chỉ với vài mảnh hạt nhựa mà lại tạo ra được nhiều "
                "hình đẹp đến thế."
            ),
            P("Bước 2: Thực hiện", style="h3"),
            P(
                "Từ ống giấy vệ sinh, giấy bạc, vỏ chai nhựa trong và hạt cườm nhiều màu, trẻ làm theo "
                "nhóm dưới sự hướng dẫn của cô: cuộn giấy bạc thành lăng kính tam giác, cho hạt cườm vào "
                "nắp chai rồi dán kín hai đầu."
            ),
            Img(
                "/uploads/2026/11/kinh-van-hoa-nhom-1.jpg",
                printed="Các bé nhóm 1 hoàn thiện sản phẩm",
                caption="Các bé nhóm 1 hoàn thiện sản phẩm",
                style="figure",
            ),
            Raw(_W_RELATED),
            P("Bước 3: Chia sẻ", style="h3"),
            P(
                "Các nhóm lần lượt giới thiệu sản phẩm, đặt tên cho chiếc kính của nhóm mình và cùng nhau "
                "ngắm nhìn “thế giới muôn màu” bên trong. Bé Gia Hân hào hứng: “Con thấy có bông hoa, có "
                "ngôi sao nữa cô ơi!”."
            ),
            P(
                "Hoạt động giúp trẻ làm quen với hiện tượng phản chiếu ánh sáng, phát triển sự khéo léo "
                "của đôi tay và ý thức bảo vệ môi trường thông qua việc tận dụng đồ dùng cũ."
            ),
            _right("<strong>Cô Phan Thị Thanh Tâm</strong> – Lớp Chồi 1"),
        ],
        authors=["Phan Thị Thanh Tâm"],
        opts={
            "chip": "🎈 Lớp Chồi 1",
            "cover": "/uploads/2026/11/kinh-van-hoa-nhom-1.jpg",
            "old_slug": "be-lam-kinh-van-hoa",
            "old_title": "Bé làm kính vạn hoa",
            "tags": ["STEAM", "tái chế"],
        },
    ),
    Story(
        id=1251,
        slug="be-khoi-mam-hoc-an-toan-giao-thong-qua-bai-hat-tro-choi",
        title="Bé khối Mầm học an toàn giao thông qua bài hát, trò chơi",
        cat="hoat-dong-cua-be",
        published_at="2026-11-06T07:50:00+07:00",
        blocks=[
            P(
                "Hưởng ứng tháng cao điểm an toàn giao thông, trong tuần qua các lớp khối Mầm đã tổ chức "
                "chuyên đề “Bé với an toàn giao thông” bằng nhiều hình thức sinh động, phù hợp với lứa tuổi."
            ),
            P(
                "Trên sa bàn mô phỏng ngã tư đường phố, trẻ được cô hướng dẫn nhận biết đèn xanh, đèn "
                "vàng, đèn đỏ và cách đội mũ bảo hiểm đúng cách khi ngồi sau xe máy của ba mẹ."
            ),
            P("Các bé cùng cô đọc vang bài vè quen thuộc:"),
            P("Đèn đỏ thì dừng lại", style="verse"),
            P("Đèn vàng thì đi chậm", style="verse"),
            P("Đèn xanh thì đi thẳng", style="verse"),
            P("Bé nhớ nhé bạn ơi!", style="verse"),
            P(
                "Trò chơi “Ai nhanh hơn” và “Bé làm cảnh sát giao thông” thu hút tất cả các bé tham gia. "
                "Qua đó, trẻ hình thành những thói quen tốt như nắm tay người lớn khi qua đường, không "
                "chạy nhảy dưới lòng đường."
            ),
            _right("<strong>Tổ chuyên môn khối Mầm</strong>"),
            Img("/uploads/2026/11/atgt-khoi-mam-01.jpg", style="gallery"),
            Img("/uploads/2026/11/atgt-khoi-mam-02.jpg", style="gallery"),
        ],
        authors=["Tổ chuyên môn khối Mầm"],
        opts={
            "chip": "🐣 Khối Mầm",
            "cover": "/uploads/2026/11/atgt-khoi-mam-01.jpg",
            "tags": ["an toàn giao thông"],
        },
    ),
    Story(
        id=1238,
        slug="be-khoi-la-lam-thiep-tang-ba-tang-me-nhan-ngay-phu-nu-viet-nam-20-10",
        title="Bé khối Lá làm thiệp tặng bà, tặng mẹ nhân ngày Phụ nữ Việt Nam 20/10",
        cat="hoat-dong-cua-be",
        published_at="2026-10-19T16:45:00+07:00",
        blocks=[
            P(
                "Chào mừng ngày Phụ nữ Việt Nam 20/10, các bé khối Lá đã cùng cô làm những tấm thiệp xinh "
                "xắn để dành tặng bà, tặng mẹ và các cô giáo."
            ),
            P(
                "Từ giấy bìa màu, nút áo, len và hoa khô, mỗi bé tự chọn cách trang trí theo ý thích. Có "
                "bạn vẽ chân dung mẹ, có bạn cắt dán bó hoa hồng, có bạn nắn nót viết dòng chữ “Con yêu "
                "mẹ” với sự giúp đỡ của cô."
            ),
            P(
                "Chiều 20/10, khi ba mẹ đến đón, các bé đã trao tận tay những tấm thiệp kèm lời chúc. "
                "Nhiều phụ huynh không giấu được xúc động trước món quà nhỏ nhưng chứa đựng nhiều yêu "
                "thương của con."
            ),
            Img(
                "/uploads/2026/10/thiep-20-10-01.jpg",
                printed="Bé cắt dán bó hoa tặng mẹ",
                caption="Bé cắt dán bó hoa tặng mẹ",
                style="gallery",
            ),
            Img(
                "/uploads/2026/10/thiep-20-10-02.jpg",
                printed="Những tấm thiệp đã hoàn thành",
                caption="Những tấm thiệp đã hoàn thành",
                style="gallery",
            ),
            Img(
                "/uploads/2026/10/thiep-20-10-03.jpg",
                printed="Bé trao thiệp cho mẹ",
                caption="Bé trao thiệp cho mẹ",
                style="gallery",
            ),
        ],
        opts={
            "chip": "🌼 Khối Lá",
            "cover": "/uploads/2026/10/thiep-20-10-02.jpg",
            "tags": ["20/10"],
        },
    ),
    # ---------------------------------------------------------------- Góc phụ huynh
    Story(
        id=1281,
        slug="phong-benh-tay-chan-mieng-cho-tre-khi-giao-mua",
        title="Phòng bệnh tay chân miệng cho trẻ khi giao mùa",
        cat="goc-phu-huynh",
        published_at="2026-11-28T14:30:00+07:00",
        summary=(
            "Thời điểm giao mùa cuối năm là lúc bệnh tay chân miệng dễ bùng phát ở trẻ dưới 5 tuổi. "
            "Nhà trường xin gửi đến ba mẹ một số thông tin cần biết để cùng phòng bệnh cho bé."
        ),
        sapo_outside=True,
        blocks=[
            P("Bệnh tay chân miệng lây như thế nào?", style="h3"),
            P(
                "Bệnh do vi rút đường ruột gây ra, lây trực tiếp qua nước bọt, dịch tiết mũi họng, dịch "
                "từ các bọng nước hoặc phân của trẻ bệnh; lây gián tiếp qua đồ chơi, tay nắm cửa, vật "
                "dụng sinh hoạt bị nhiễm vi rút."
            ),
            P("Dấu hiệu nhận biết", style="h3"),
            P(
                "Trẻ thường sốt nhẹ, mệt mỏi, đau họng, biếng ăn; sau 1–2 ngày xuất hiện các vết loét "
                "trong miệng và phát ban dạng bọng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông."
            ),
            Raw(_W_MENU),
            P("Ba mẹ cần làm gì?", style="h3"),
            P(
                "Rửa tay cho trẻ và người chăm sóc bằng xà phòng dưới vòi nước sạch nhiều lần trong ngày;",
                style="li",
            ),
            P("Vệ sinh đồ chơi, sàn nhà, tay nắm cửa bằng nước lau sàn hoặc cloramin B;", style="li"),
            P("Cho trẻ ăn chín, uống chín, không dùng chung khăn, ly, muỗng;", style="li"),
            P("Cho trẻ nghỉ học và báo ngay cho giáo viên khi trẻ có dấu hiệu mắc bệnh.", style="li"),
            Img(
                "/uploads/2026/11/6-buoc-rua-tay.png",
                printed="Hướng dẫn 6 bước rửa tay đúng cách",
                caption="Hướng dẫn 6 bước rửa tay đúng cách",
                style="figure",
            ),
            P(
                "Theo khuyến cáo của ngành y tế, trẻ mắc bệnh cần được nghỉ học ít nhất 10 ngày kể từ khi "
                "khởi phát. Ba mẹ cần đưa trẻ đến cơ sở y tế ngay khi trẻ sốt cao khó hạ, giật mình, run "
                "chi hoặc nôn nhiều."
            ),
            Raw(_W_ZALO),
            _right("<em>Theo Trung tâm Kiểm soát bệnh tật thành phố Cần Thơ</em>"),
        ],
        source="Trung tâm Kiểm soát bệnh tật thành phố Cần Thơ",
        opts={"chip": "👪 Dành cho: Tất cả các khối"},
    ),
    Story(
        id=1268,
        slug="ba-me-nen-lam-gi-khi-be-bieng-an",
        title="Ba mẹ nên làm gì khi bé biếng ăn?",
        cat="goc-phu-huynh",
        published_at="2026-11-19T09:05:00+07:00",
        summary=(
            "Biếng ăn là nỗi lo của rất nhiều gia đình có con nhỏ. Tuy nhiên, phần lớn trường hợp trẻ "
            "biếng ăn không phải do bệnh lý mà xuất phát từ thói quen ăn uống và cách cho trẻ ăn chưa "
            "phù hợp."
        ),
        blocks=[
            P(
                "Biếng ăn là nỗi lo của rất nhiều gia đình có con nhỏ. Tuy nhiên, phần lớn trường hợp trẻ "
                "biếng ăn không phải do bệnh lý mà xuất phát từ thói quen ăn uống và cách cho trẻ ăn chưa "
                "phù hợp.",
                style="bold",
            ),
            P(
                "Qua theo dõi bữa ăn bán trú, nhà trường nhận thấy nhiều bé ăn rất ngoan ở lớp nhưng về "
                "nhà lại ngậm cơm, đòi xem điện thoại mới chịu ăn. Dưới đây là một số gợi ý để ba mẹ "
                "tham khảo."
            ),
            P("1. Tạo không khí vui vẻ trong bữa ăn", style="h3"),
            P(
                "Không ép, không la mắng trẻ. Bữa ăn nên kéo dài khoảng 20–30 phút; nếu trẻ không ăn "
                "hết, ba mẹ có thể dọn đi và chờ đến bữa sau thay vì dỗ dành bằng ti vi, điện thoại."
            ),
            Img(
                "/uploads/2026/11/bua-an-ban-tru-choi-2.jpg",
                printed="Bữa ăn bán trú của bé lớp Chồi 2",
                caption="Bữa ăn bán trú của bé lớp Chồi 2",
                style="figure",
            ),
            P("2. Thay đổi món ăn, cách chế biến", style="h3"),
            P(
                "Trẻ mầm non rất thích màu sắc. Ba mẹ có thể tỉa rau củ thành hình con vật, bông hoa, "
                "hoặc cho trẻ cùng nhặt rau, rửa quả để bé thêm hứng thú với món ăn do chính mình góp tay."
            ),
            P("3. Chia nhỏ bữa, hạn chế ăn vặt", style="h3"),
            P(
                "Không cho trẻ ăn bánh kẹo, uống sữa hay nước ngọt trong vòng 1–2 giờ trước bữa chính. "
                "Với trẻ nhỏ, có thể chia thành 3 bữa chính và 2 bữa phụ trong ngày."
            ),
            P(
                "Nếu trẻ sụt cân, chậm tăng cân kéo dài hoặc kèm theo các dấu hiệu bất thường, ba mẹ nên "
                "đưa trẻ đi khám chuyên khoa dinh dưỡng để được tư vấn cụ thể."
            ),
            _right("<strong>Cô Võ Thị Ngọc Trâm</strong> – Nhân viên dinh dưỡng"),
        ],
        authors=["Võ Thị Ngọc Trâm"],
        opts={"chip": "👪 Dành cho: Khối Nhà trẻ, Mầm, Chồi", "fold": 7},
    ),
    Story(
        id=1245,
        slug="giup-con-vuot-qua-nhung-ngay-dau-den-lop",
        title="Giúp con vượt qua những ngày đầu đến lớp",
        cat="goc-phu-huynh",
        published_at="2026-10-30T16:15:00+07:00",
        blocks=[
            P(
                "Khóc, bám mẹ, không chịu ăn, không chịu ngủ trưa… là những biểu hiện rất thường gặp ở "
                "trẻ trong những ngày đầu đi nhà trẻ. Chuyên mục Góc phụ huynh kỳ này giải đáp một số câu "
                "hỏi ba mẹ gửi về nhà trường."
            ),
            P(
                "Hỏi: Con tôi đã đi học được 3 tuần nhưng sáng nào cũng khóc khi đến cổng trường. Tôi có "
                "nên ở lại lớp cùng con không?",
                style="bold",
            ),
            P(
                "Đáp: Ba mẹ không nên ở lại quá lâu. Hãy chào con thật vui vẻ, hứa hẹn giờ đón cụ thể và "
                "giữ đúng lời hứa. Việc nấn ná, quay lại nhiều lần sẽ khiến trẻ càng lo lắng hơn."
            ),
            P("Hỏi: Ở nhà bé không ngủ trưa, vào lớp bé có bị ép ngủ không?", style="bold"),
            P(
                "Đáp: Các cô không ép trẻ ngủ. Với những bé chưa quen, cô sẽ cho bé nằm nghỉ, nghe nhạc "
                "nhẹ hoặc vỗ về để bé thư giãn. Dần dần, khi đã quen nếp sinh hoạt của lớp, trẻ sẽ tự ngủ "
                "theo giờ chung."
            ),
            P("Hỏi: Làm sao để biết con ở lớp có vui không?", style="bold"),
            P(
                "Đáp: Ba mẹ có thể trò chuyện với con mỗi tối về những việc ở lớp, xem hình ảnh hoạt động "
                "mà giáo viên gửi qua nhóm Zalo của lớp và trao đổi trực tiếp với cô chủ nhiệm vào giờ "
                "đón trẻ."
            ),
            _right("<strong>Thầy Huỳnh Quốc Bảo</strong> – Chuyên viên tư vấn tâm lý"),
        ],
        authors=["Huỳnh Quốc Bảo"],
        opts={"chip": "👪 Dành cho: Khối Nhà trẻ"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
#: the "Đọc nhiều" view component (legacy /BaiViet/Detail?id= links)
MOST_READ = [1258, 1271, 1281, 1276, 1243]
#: the home carousel "Tin nổi bật" (cached: old slugs for 1287 and 1265)
FEATURED = [1287, 1265, 1284]


def _by_cat(cat: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == cat), key=lambda s: s.published_at or "", reverse=True)


def _path(story: Story) -> str:
    return f"/bai-viet/{story.slug}-{story.id}"


def _old_path(story: Story) -> str | None:
    old = story.opts.get("old_slug")
    return f"/bai-viet/{old}-{story.id}" if old else None


# ------------------------------------------------------------------------------------------
# Dates as the views print them

NLS_MONTHS = [
    "Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu",
    "Tháng Bảy", "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
]  # fmt: skip
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _short(dt: datetime | date) -> str:
    """ICU vi-VN "d MMMM, yyyy": "3 tháng 12, 2026"."""
    return f"{dt.day} tháng {dt.month}, {dt.year}"


def _card_date(dt: datetime) -> str:
    return f"{_short(dt)} · {dt:%H:%M}"


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _nls(dt: datetime) -> str:
    """The Windows-era pattern "dddd, dd MMMM yyyy 'lúc' h:mm tt" with vi-VN NLS names."""
    hour = dt.hour % 12 or 12
    ampm = "SA" if dt.hour < 12 else "CH"
    return (
        f"{WEEKDAYS[dt.weekday()]}, {dt.day:02d} {NLS_MONTHS[dt.month - 1]} {dt.year} "
        f"lúc {hour}:{dt.minute:02d} {ampm}"
    )


def _relative(dt: datetime) -> str:
    days = (TODAY - dt.date()).days
    if days <= 0:
        return "Hôm nay"
    if days == 1:
        return "Hôm qua"
    if days < 7:
        return f"{days} ngày trước"
    if days < 31:
        return f"{days // 7} tuần trước"
    return f"{dt:%d/%m/%Y}"


def _is_new(story: Story) -> bool:
    return (TODAY - _dt(story.published_at).date()).days <= 7


# ------------------------------------------------------------------------------------------
# Chrome

_CSS_V = "pAGv4ietcJNk_EwsQZ5BN9-K4MuNYS2a9wl4Jw-q9D0"
_JS_V = "Hd1zB3sTt6WqXyVAmT1Vb0s9kqQk1v3nYx2D7cZ0mLs"
_PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _token(seed: str) -> str:
    return "CfDJ8" + opaque("antiforgery:" + seed, 96).replace("+", "-").replace("/", "_").rstrip("=")


def _head(request: Request, title: str, *, canonical: str | None, description: str, extra: str) -> str:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}" />' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{enc(title)} - {enc(SCHOOL)}</title>
    <meta name="description" content="{enc(description)}" />
    {canon}
    <link rel="icon" href="/favicon.ico" />
    <link rel="preconnect" href="https://fonts.googleapis.com" />
    <link href="https://fonts.googleapis.com/css2?family=Baloo+2:wght@500;700&amp;family=Nunito:wght@400;700&amp;display=swap" rel="stylesheet" />
    <link rel="stylesheet" href="/css/tailwind.min.css?v={_CSS_V}" />
    <link rel="stylesheet" href="/lib/glightbox/css/glightbox.min.css" />
    <link rel="stylesheet" href="/css/site.css?v={_CSS_V[::-1]}" />
    <style>[x-cloak]{{display:none!important}}</style>
    {extra}
</head>"""


def _header(request: Request, active: str) -> str:
    def item(href: str, label: str, key: str) -> str:
        cls = "text-pink-600 bg-pink-50" if key == active else "text-slate-700 hover:text-pink-600"
        return f'<a href="{href}" class="px-3 py-2 rounded-full font-bold {cls}">{enc(label)}</a>'

    return f"""
<body class="bg-[#fffaf0] font-nunito text-slate-700 antialiased">
<div class="bg-sky-500 text-white text-[13px]">
  <div class="max-w-6xl mx-auto px-4 py-1.5 flex flex-wrap justify-between gap-2">
    <span>📅 {enc(HEADER_DAY)}</span>
    <span>☎ Hotline: <a href="tel:02923812456" class="font-bold">0292 3 812 456</a> · ✉ mnhoasen.ninhkieu@cantho.edu.vn</span>
    <form id="selectLanguage" method="post" class="inline" action="/Home/SetLanguage?returnUrl=%2F">
      <select name="culture" onchange="this.form.submit();" class="bg-sky-600 rounded px-1 text-xs">
        <option value="vi-VN" selected>Tiếng Việt</option><option value="en-US">English</option>
      </select>
      <input name="__RequestVerificationToken" type="hidden" value="{_token("lang" + request.path)}" />
    </form>
  </div>
</div>
<header class="bg-white shadow-sm sticky top-0 z-30" x-data="{{ open: false }}">
  <div class="max-w-6xl mx-auto px-4 flex items-center justify-between gap-4 py-3">
    <a href="/" class="flex items-center gap-3">
      <img src="/images/logo-hoa-sen.png" alt="Logo" class="w-14 h-14" />
      <span class="leading-tight"><span class="block text-[11px] uppercase tracking-widest text-sky-600">UBND quận Ninh Kiều</span>
      <span class="block font-baloo text-2xl text-pink-600">{enc(SCHOOL)}</span></span>
    </a>
    <form action="/tim-kiem" method="get" class="hidden md:flex items-center rounded-full ring-2 ring-sky-100 px-3">
      <input type="search" name="q" placeholder="Tìm kiếm..." class="outline-none py-1.5 text-sm" />
      <button type="submit" aria-label="Tìm">🔍</button>
    </form>
  </div>
  <nav class="max-w-6xl mx-auto px-4 pb-2 flex flex-wrap items-center gap-1 text-[15px]" id="mnu-chinh">
    {item("/", "Trang chủ", "home")}
    <div class="relative group">
      {item("/gioi-thieu", "Giới thiệu ▾", "gioi-thieu")}
      <div class="absolute hidden group-hover:block bg-white rounded-2xl shadow-lg p-2 w-56 z-40">
        <a href="/gioi-thieu" class="block px-3 py-1.5 rounded-xl hover:bg-sky-50">Giới thiệu chung</a>
        <a href="/gioi-thieu#doi-ngu" class="block px-3 py-1.5 rounded-xl hover:bg-sky-50">Đội ngũ giáo viên</a>
        <a href="/gioi-thieu#co-so-vat-chat" class="block px-3 py-1.5 rounded-xl hover:bg-sky-50">Cơ sở vật chất</a>
      </div>
    </div>
    {item("/tin-tuc", "Tin tức", "tin-tuc")}
    <div class="relative group">
      {item("/hoat-dong-cua-be", "Hoạt động của bé ▾", "hoat-dong-cua-be")}
      <div class="absolute hidden group-hover:block bg-white rounded-2xl shadow-lg p-2 w-56 z-40">
        <a href="/hoat-dong-cua-be" class="block px-3 py-1.5 rounded-xl hover:bg-sky-50">Hoạt động của bé</a>
        <a href="/thu-vien-anh" class="block px-3 py-1.5 rounded-xl hover:bg-sky-50">Thư viện ảnh</a>
      </div>
    </div>
    {item("/thuc-don/tuan-49-2026", "Thực đơn tuần", "thuc-don")}
    {item("/goc-phu-huynh", "Góc phụ huynh", "goc-phu-huynh")}
    {item("/lien-he", "Liên hệ", "lien-he")}
  </nav>
</header>
<main role="main" class="pb-12">
"""


def _sidebar() -> str:
    most = "".join(
        f'<li class="flex gap-2"><span class="shrink-0 w-6 h-6 rounded-full bg-pink-100 text-pink-600 text-xs '
        f'font-bold grid place-items-center">{n}</span><a href="/BaiViet/Detail?id={sid}" '
        f'class="hover:text-pink-600">{enc(BY_ID[sid].title)}</a></li>'
        for n, sid in enumerate(MOST_READ, 1)
    )
    return f"""
<aside class="space-y-6" id="cot-phai">
  <div class="rounded-3xl bg-white shadow p-5">
    <h3 class="font-baloo text-xl text-pink-600 mb-3">🔥 Đọc nhiều</h3>
    <ol class="space-y-3 text-sm">{most}</ol>
  </div>
  <div class="rounded-3xl bg-orange-50 ring-2 ring-orange-100 p-5">
    <h3 class="font-baloo text-xl text-orange-600 mb-2">🍱 Thực đơn tuần 49</h3>
    <p class="text-sm">Từ 30/11 đến 04/12/2026</p>
    <a href="/thuc-don/tuan-49-2026" class="inline-block mt-2 text-sm font-bold text-orange-600">Xem thực đơn →</a>
  </div>
  <div class="rounded-3xl bg-white shadow p-5 text-sm">
    <h3 class="font-baloo text-xl text-sky-600 mb-2">🗳 Thăm dò ý kiến</h3>
    <form method="post" action="/api/binh-chon">
      <p class="font-bold mb-2">Ba mẹ đánh giá thế nào về bữa ăn bán trú của bé?</p>
      <label class="block"><input type="radio" name="y" value="1" /> Rất hài lòng</label>
      <label class="block"><input type="radio" name="y" value="2" /> Hài lòng</label>
      <label class="block"><input type="radio" name="y" value="3" /> Cần cải thiện</label>
      <input name="__RequestVerificationToken" type="hidden" value="{_token("poll")}" />
      <button type="submit" class="mt-2 rounded-full bg-sky-500 text-white px-4 py-1">Bình chọn</button>
    </form>
  </div>
  <div class="rounded-3xl bg-white shadow p-5 text-sm">
    <h3 class="font-baloo text-xl text-sky-600 mb-2">🔗 Liên kết</h3>
    <ul class="space-y-1">
      <li><a href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a></li>
      <li><a href="https://sgddt.cantho.gov.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT thành phố Cần Thơ</a></li>
      <li><a href="https://ninhkieu.cantho.gov.vn" target="_blank" rel="noopener">Cổng TTĐT quận Ninh Kiều</a></li>
    </ul>
  </div>
  <div class="rounded-3xl bg-sky-50 p-5 text-sm" id="thong-ke-truy-cap">
    <h3 class="font-baloo text-xl text-sky-600 mb-2">📊 Thống kê truy cập</h3>
    <p>Đang online: <b>12</b></p><p>Hôm nay: <b>318</b></p><p>Tổng truy cập: <b>245.871</b></p>
  </div>
</aside>"""


def _footer() -> str:
    return f"""
</main>
<footer class="bg-sky-700 text-sky-50 mt-12 rounded-t-[3rem]">
  <div class="max-w-6xl mx-auto px-4 py-10 grid md:grid-cols-3 gap-8 text-sm">
    <div>
      <p class="font-baloo text-2xl text-white">{enc(SCHOOL)}</p>
      <p>Địa chỉ: Số 25 đường Trần Văn Khéo, phường Cái Khế, quận Ninh Kiều, thành phố Cần Thơ</p>
      <p>Hotline: 0292 3 812 456 – Y tế: 0292 3 812 457</p>
      <p>Email: mnhoasen.ninhkieu@cantho.edu.vn</p>
    </div>
    <div>
      <p class="font-bold text-white">Giờ đón – trả trẻ</p>
      <p>Sáng: 6 giờ 30 – 7 giờ 30 · Chiều: 16 giờ 15 – 17 giờ 15</p>
      <p>Thứ Hai đến thứ Sáu hằng tuần</p>
    </div>
    <div>
      <p class="font-bold text-white">Kết nối với chúng tôi</p>
      <p><a href="https://www.facebook.com/mamnonhoasen.ninhkieu" target="_blank" rel="noopener">Facebook</a> ·
      <a href="https://zalo.me/1849275503316720631" target="_blank" rel="noopener">Zalo OA</a> ·
      <a href="https://www.youtube.com/@mamnonhoasencantho" target="_blank" rel="noopener">YouTube</a></p>
    </div>
  </div>
  <div class="text-center text-xs text-sky-200 pb-6">© 2026 {enc(SCHOOL)}. Thiết kế và vận hành bởi MekongSoft – KidsPortal 3.2.1</div>
</footer>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/lib/alpinejs/cdn.min.js" defer></script>
<script src="/lib/glightbox/js/glightbox.min.js"></script>
<script src="/js/lazysizes.min.js"></script>
<script src="/js/site.js?v={_JS_V}"></script>
<script>GLightbox({{ selector: '.glightbox' }});</script>
</body>
</html>"""


def _page(request: Request, title: str, content: str, *, active: str = "", canonical: str | None = None,
          description: str = "", extra: str = "") -> Response:
    body = (
        _head(request, title, canonical=canonical, description=description or title, extra=extra)
        + _header(request, active)
        + content
        + _footer()
    )
    headers = {
        "Server": "Kestrel",
        "Set-Cookie": f".AspNetCore.Antiforgery.9fXoN5jHCXs={_token('cookie')}; path=/; samesite=strict; httponly",
    }
    return html(body, headers=headers)


def _crumbs(*items: tuple[str | None, str]) -> str:
    parts = ['<li><a href="/" class="hover:text-pink-600">Trang chủ</a></li>']
    for href, label in items:
        parts.append('<li aria-hidden="true">›</li>')
        if href:
            parts.append(f'<li><a href="{href}" class="hover:text-pink-600">{enc(label)}</a></li>')
        else:
            parts.append(f'<li class="text-slate-700 line-clamp-1" aria-current="page">{enc(label)}</li>')
    return (
        '<nav aria-label="breadcrumb" class="text-sm mb-4"><ol class="flex flex-wrap gap-1 text-slate-500">'
        + "".join(parts)
        + "</ol></nav>"
    )


# ------------------------------------------------------------------------------------------
# Cards (Shared/_PostCard.cshtml), also rendered by the JSON endpoint


def _thumb(story: Story, width: int = 480, height: int = 320) -> str:
    cover = story.opts.get("cover") or "/images/theme/goc-phu-huynh-banner.png"
    return f"{cover}?width={width}&amp;height={height}&amp;rmode=crop"


def _card(story: Story, *, href: str | None = None) -> str:
    dt = _dt(story.published_at)
    new = '<span class="absolute top-3 left-3 rounded-full bg-pink-500 text-white text-xs px-2 py-0.5">Mới</span>' if _is_new(story) else ""
    excerpt = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    if len(excerpt) > 140:
        excerpt = excerpt[:140].rsplit(" ", 1)[0] + "…"
    return (
        f'<div class="kp-post group relative rounded-3xl bg-white shadow-md hover:shadow-xl transition overflow-hidden" data-id="{story.id}">'
        f'<a href="{href or _path(story)}" class="block">'
        f'<img src="{_thumb(story)}" alt="{enc(story.title)}" class="w-full aspect-[3/2] object-cover" loading="lazy" />{new}'
        f'<div class="p-4"><h3 class="font-baloo text-lg leading-snug text-slate-800 group-hover:text-pink-600 line-clamp-2">{enc(story.title)}</h3>'
        f'<p class="mt-1 text-sm text-slate-500 line-clamp-2">{enc(excerpt)}</p>'
        f'<p class="mt-2 text-xs text-slate-400" title="{enc(_card_date(dt))}">🕒 {enc(_relative(dt))}</p></div></a></div>'
    )


# ------------------------------------------------------------------------------------------
# Article body


def _render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("li", "verse"):
            j = i
            while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == b.style:
                j += 1
            group = blocks[i:j]
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{text(p.text)}</li>" for p in group) + "</ul>")
            else:
                out.append("<p><em>" + "<br>\n".join(text(p.text) for p in group) + "</em></p>")
            i = j
            continue
        if isinstance(b, P):
            if b.style == "h3":
                out.append(f"<h3>{text(b.text)}</h3>")
            elif b.style == "bold":
                out.append(f"<p><strong>{text(b.text)}</strong></p>")
            else:
                out.append(f"<p>{text(b.text)}</p>")
        elif isinstance(b, Img):
            if b.style == "figure":
                cap = f"<figcaption>{text(b.printed)}</figcaption>" if b.printed else ""
                out.append(f'<figure class="image"><img src="{b.src}" alt="">{cap}</figure>')
            # gallery images are rendered after the prose
        elif isinstance(b, Raw):
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _gallery(story: Story) -> str:
    imgs = [b for b in story.blocks if isinstance(b, Img) and b.style == "gallery"]
    if not imgs:
        return ""
    tiles = []
    for n, img in enumerate(imgs, 1):
        title = f' data-title="{enc(img.printed)}"' if img.printed else ""
        cap = f'<span class="block mt-1 px-1 text-[13px] leading-snug text-slate-500">{enc(img.printed)}</span>' if img.printed else ""
        tiles.append(
            f'<div class="kp-tile">'
            f'<a href="{img.src}" class="glightbox block rounded-2xl overflow-hidden ring-2 ring-amber-100" data-gallery="bv-{story.id}"{title}>'
            f'<img src="{_PIXEL}" data-src="{img.src}" class="lazyload w-full aspect-[4/3] object-cover" alt="{enc(f"Ảnh {n}")}" /></a>{cap}</div>'
        )
    return (
        f'<section class="mt-8" id="album-bv-{story.id}"><h2 class="font-baloo text-2xl text-pink-500 mb-3">📸 Hình ảnh hoạt động</h2>'
        f'<div class="grid grid-cols-2 md:grid-cols-3 gap-3">{"".join(tiles)}</div></section>'
    )


def _prose(story: Story, classes: str) -> str:
    blocks = story.blocks
    fold = story.opts.get("fold")
    if fold is None:
        return f'<div class="{classes}" id="noi-dung">{_render_blocks(blocks)}</div>'
    return (
        f'<div class="{classes}" id="noi-dung">{_render_blocks(blocks[:fold])}'
        f'<div x-show="more" x-cloak class="hidden" :class="{{ \'hidden\': !more }}" id="phan-con-lai">'
        f"{_render_blocks(blocks[fold:])}</div></div>"
        '<div class="text-center mt-4" x-show="!more"><button type="button" @click="more = true" '
        'class="rounded-full bg-amber-100 text-amber-700 font-bold px-5 py-2">Xem toàn bộ bài viết ▾</button></div>'
    )


def _others(story: Story) -> list[Story]:
    return [s for s in _by_cat(story.cat) if s.id != story.id][:3]


def _jsonld(request: Request, story: Story) -> str:
    base = base_url(request)
    dt = _dt(story.published_at)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": story.title,
        "datePublished": _utc(dt),
        "dateModified": _utc(_dt(story.opts.get("updated") or story.published_at)),
        "image": [base + story.opts["cover"]] if story.opts.get("cover") else [],
        "author": {"@type": "Organization", "name": SCHOOL},
        "publisher": {"@type": "Organization", "name": SCHOOL, "logo": {"@type": "ImageObject", "url": base + "/images/logo-hoa-sen.png"}},
        "mainEntityOfPage": base + _path(story),
    }
    return f'<script type="application/ld+json">{stj(data)}</script>'


def _article_main(request: Request, story: Story) -> Response:
    dt = _dt(story.published_at)
    cat_label = CATS[story.cat]
    cover = story.opts.get("cover")
    cover_html = (
        f'<div class="kp-cover h-56 md:h-80 bg-center bg-cover" style="background-image:url(\'{cover}\')" '
        f'role="img" aria-label="{enc(story.title)}"></div>'
        if cover
        else ""
    )
    new = ' <sup class="kp-new ml-1 rounded-full bg-pink-500 text-white text-xs px-2 py-0.5 align-top">Mới</sup>' if _is_new(story) else ""
    chip = (
        f' <span class="kp-chip inline-block align-middle ml-2 rounded-full bg-lime-100 text-lime-700 '
        f'text-sm font-bold px-3 py-0.5">{enc(story.opts["chip"])}</span>'
    )
    updated = ""
    if story.opts.get("updated"):
        up = _dt(story.opts["updated"])
        updated = f'<span class="italic">Cập nhật: {enc(_card_date(up))}</span>'
    sapo = (
        f'<p class="mt-5 text-lg font-semibold text-slate-700 leading-relaxed">{enc(story.summary)}</p>'
        if story.summary and story.sapo_outside
        else ""
    )
    tags = "".join(
        f'<span class="rounded-full bg-sky-50 text-sky-600 px-3 py-1">#{enc(t)}</span>' for t in story.opts.get("tags", [])
    )
    others = "".join(_card(s) for s in _others(story))
    content = f"""
<div class="max-w-6xl mx-auto px-4 pt-6 grid lg:grid-cols-[1fr_320px] gap-8">
 <div>
  {_crumbs((f"/{story.cat}", cat_label), (None, story.title))}
  <article class="kp-card rounded-[2rem] bg-white shadow-xl ring-4 ring-amber-100 overflow-hidden" data-post-id="{story.id}" x-data="{{ more: false }}">
   {cover_html}
   <div class="px-5 md:px-10 pt-7 pb-10">
    <h1 class="font-baloo text-[28px] md:text-4xl leading-tight text-sky-700">{enc(story.title)}{chip}{new}</h1>
    <div class="kp-meta mt-3 flex flex-wrap items-center gap-x-5 gap-y-1 text-[13px] text-slate-500">
      <span>📅 <time datetime="{_utc(dt)}">{enc(_card_date(dt))}</time></span>
      {updated}
      <span>👁 {f"{story.views():,}".replace(",", ".")} lượt xem</span>
      <span>Người đăng: {ADMIN}</span>
    </div>
    {sapo}
    {_prose(story, "prose prose-sky md:prose-lg max-w-none mt-6 ck-content")}
    {_gallery(story)}
    <div class="mt-8 flex flex-wrap items-center gap-2 text-sm"><span class="font-bold">Chủ đề:</span>{tags}</div>
    <div class="kp-share mt-4 flex items-center gap-3 text-sm text-slate-500 border-t-2 border-dashed border-amber-100 pt-4">
      <span>Chia sẻ:</span>
      <a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{_path(story)}" target="_blank" rel="noopener">Facebook</a>
      <a href="https://zalo.me/share?url={base_url(request)}{_path(story)}" target="_blank" rel="noopener">Zalo</a>
      <a href="javascript:window.print()">🖨 In bài</a>
    </div>
   </div>
  </article>
  <section class="mt-10"><h2 class="font-baloo text-2xl text-sky-700 mb-4">Bài viết khác</h2>
   <div class="grid sm:grid-cols-2 md:grid-cols-3 gap-5">{others}</div></section>
 </div>
 {_sidebar()}
</div>"""
    og = (
        f'<meta property="og:type" content="article" /><meta property="og:title" content="{enc(story.title)}" />'
        f'<meta property="og:url" content="{base_url(request)}{_path(story)}" />'
        + (f'<meta property="og:image" content="{base_url(request)}{cover}" />' if cover else "")
        + _jsonld(request, story)
    )
    desc = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return _page(request, story.title, content, active=story.cat, canonical=_path(story), description=desc[:160], extra=og)


def _article_goc(request: Request, story: Story) -> Response:
    dt = _dt(story.published_at)
    sapo = (
        f'<div class="mt-5 border-l-4 border-pink-300 pl-4 italic text-slate-700">{enc(story.summary)}</div>'
        if story.summary and story.sapo_outside
        else ""
    )
    others = "".join(
        f'<li><a href="{_path(s)}" class="hover:text-pink-600">{enc(s.title)}</a> <span class="text-xs text-slate-400">({_dt(s.published_at):%d/%m/%Y})</span></li>'
        for s in _others(story)
    )
    content = f"""
<div class="max-w-6xl mx-auto px-4 pt-6 grid lg:grid-cols-[1fr_320px] gap-8">
 <div>
  {_crumbs(("/goc-phu-huynh", CATS["goc-phu-huynh"]), (None, story.title))}
  <section class="gph-chitiet bg-[#fff7fb] rounded-3xl border-2 border-dashed border-pink-200 p-6 md:p-9" x-data="{{ more: false }}">
    <img src="/images/theme/goc-phu-huynh-banner.png" alt="Góc phụ huynh" class="w-full rounded-2xl mb-6" />
    <p class="text-pink-500 font-bold uppercase tracking-wide text-xs">Góc phụ huynh</p>
    <h1 class="text-2xl md:text-3xl font-extrabold text-rose-600 mt-1">{enc(story.title)}</h1>
    <p class="text-sm text-slate-500 mt-2">🕒 {enc(_nls(dt))} <span class="mx-2">|</span>
      <span class="kp-chip rounded-full bg-pink-100 text-pink-600 px-3 py-0.5">{enc(story.opts["chip"])}</span>
      <span class="mx-2">|</span> {story.views()} lượt xem</p>
    {sapo}
    {_prose(story, "prose prose-rose max-w-none mt-6")}
    {_gallery(story)}
    <div class="mt-6 text-sm"><a href="javascript:window.print()">🖨 In bài</a> · <a href="https://zalo.me/share?url={base_url(request)}{_path(story)}" target="_blank" rel="noopener">Chia sẻ Zalo</a></div>
  </section>
  <div class="mt-8 rounded-3xl bg-white shadow p-6">
    <h2 class="font-baloo text-xl text-rose-600 mb-3">Bài cùng chuyên mục</h2>
    <ul class="list-disc pl-5 space-y-2">{others}</ul>
  </div>
  <form method="post" action="/goc-phu-huynh?handler=GuiCauHoi" class="mt-8 rounded-3xl bg-white shadow p-6 space-y-3">
    <h2 class="font-baloo text-xl text-sky-600">💬 Gửi câu hỏi cho nhà trường</h2>
    <input name="HoTen" placeholder="Họ tên phụ huynh" class="w-full rounded-xl ring-1 ring-slate-200 px-3 py-2" />
    <textarea name="NoiDung" rows="3" placeholder="Nội dung câu hỏi" class="w-full rounded-xl ring-1 ring-slate-200 px-3 py-2"></textarea>
    <input name="__RequestVerificationToken" type="hidden" value="{_token("hoi" + str(story.id))}" />
    <button type="submit" class="rounded-full bg-pink-500 text-white px-5 py-2">Gửi câu hỏi</button>
  </form>
 </div>
 {_sidebar()}
</div>"""
    desc = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return _page(request, story.title, content, active="goc-phu-huynh", canonical=_path(story), description=desc[:160])


def _article(request: Request, story: Story) -> Response:
    if story.cat == "goc-phu-huynh":
        return _article_goc(request, story)
    return _article_main(request, story)


# ------------------------------------------------------------------------------------------
# Listings, JSON, home


def _listing(request: Request, cat: str) -> Response:
    stories = _by_cat(cat)
    pages = max(1, -(-len(stories) // PAGE_SIZE))
    try:
        p = int(request.params.get("p", "1"))
    except ValueError:
        p = 1
    p = max(1, p)
    chunk = stories[(p - 1) * PAGE_SIZE : p * PAGE_SIZE]
    cards = "".join(_card(s) for s in chunk) or '<p class="col-span-full text-center text-slate-400 py-10">Chưa có bài viết nào.</p>'
    more = ""
    pager = ""
    if p < pages:
        more = (
            f'<div class="text-center mt-8"><button type="button" class="kp-more rounded-full bg-pink-500 text-white font-bold px-6 py-2.5 shadow" '
            f'data-endpoint="/api/posts?category={cat}&amp;page={p + 1}" data-target="#ds-{cat}">Xem thêm ▾</button></div>'
        )
    if pages > 1:
        links = []
        if p > 1:
            links.append(f'<a href="?p={p - 1}" class="px-3 py-1 rounded-full bg-white shadow" aria-label="Trang trước">‹</a>')
        for n in range(1, pages + 1):
            if n == p:
                links.append(f'<span class="px-3 py-1 rounded-full bg-pink-500 text-white" aria-current="page">{n}</span>')
            else:
                links.append(f'<a href="?p={n}" class="px-3 py-1 rounded-full bg-white shadow">{n}</a>')
        if p < pages:
            links.append(f'<a href="?p={p + 1}" class="px-3 py-1 rounded-full bg-white shadow" aria-label="Trang sau">›</a>')
        pager = (
            f'<noscript><style>#pg-{cat}{{display:flex!important}}.kp-more{{display:none}}</style></noscript>'
            f'<nav id="pg-{cat}" class="hidden justify-center gap-2 mt-8" aria-label="Phân trang">{"".join(links)}</nav>'
        )
    label = CATS[cat]
    script = """
<script>
document.querySelectorAll('.kp-more').forEach(function (btn) {
  btn.addEventListener('click', async function () {
    const res = await fetch(btn.dataset.endpoint, { headers: { 'X-Requested-With': 'XMLHttpRequest' } });
    const data = await res.json();
    document.querySelector(btn.dataset.target).insertAdjacentHTML('beforeend', data.html);
    if (data.hasMore) { btn.dataset.endpoint = btn.dataset.endpoint.replace(/page=\\d+/, 'page=' + data.nextPage); } else { btn.remove(); }
  });
});
</script>"""
    content = f"""
<div class="bg-gradient-to-r from-pink-100 via-amber-50 to-sky-100">
  <div class="max-w-6xl mx-auto px-4 py-8"><h1 class="font-baloo text-4xl text-pink-600">{enc(label)}</h1>
  <p class="text-slate-500">{len(stories)} bài viết</p></div>
</div>
<div class="max-w-6xl mx-auto px-4 pt-6 grid lg:grid-cols-[1fr_320px] gap-8">
 <div>
  {_crumbs((None, label))}
  <div id="ds-{cat}" class="grid sm:grid-cols-2 gap-5">{cards}</div>
  {more}
  {pager}
 </div>
 {_sidebar()}
</div>{script}"""
    return _page(request, label + (f" - Trang {p}" if p > 1 else ""), content, active=cat)


def _api_posts(request: Request) -> Response | None:
    cat = request.params.get("category", "")
    if cat not in CATS:
        return Response(400, stj({"type": "https://tools.ietf.org/html/rfc7231#section-6.5.1", "title": "Danh mục không hợp lệ.", "status": 400}),
                        {"Content-Type": "application/problem+json; charset=utf-8", "Server": "Kestrel"})
    try:
        page = max(1, int(request.params.get("page", "1")))
    except ValueError:
        page = 1
    stories = _by_cat(cat)
    chunk = stories[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    has_more = page * PAGE_SIZE < len(stories)
    data = {
        "page": page,
        "pageSize": PAGE_SIZE,
        "total": len(stories),
        "hasMore": has_more,
        "nextPage": page + 1 if has_more else None,
        "html": "".join(_card(s) for s in chunk),
    }
    return Response(200, stj(data), {"Content-Type": "application/json; charset=utf-8", "Server": "Kestrel"})


def _home(request: Request) -> Response:
    slides = []
    for sid in FEATURED:
        s = BY_ID[sid]
        href = _old_path(s) or _path(s)
        shown = s.opts.get("old_title") or s.title
        slides.append(
            f'<div class="kp-slide relative rounded-[2rem] overflow-hidden h-72 bg-cover bg-center" style="background-image:url(\'{s.opts["cover"]}\')">'
            f'<a href="{href}" class="absolute inset-x-0 bottom-0 p-6 bg-gradient-to-t from-black/60 text-white">'
            f'<span class="font-baloo text-2xl">{enc(shown)}</span></a></div>'
        )
    news = "".join(_card(s) for s in _by_cat("tin-tuc")[:3])
    acts = "".join(_card(s) for s in _by_cat("hoat-dong-cua-be")[:3])
    goc = "".join(
        f'<li class="flex gap-3"><span class="text-2xl">👪</span><a href="{_path(s)}" class="font-bold hover:text-pink-600">{enc(s.title)}</a></li>'
        for s in _by_cat("goc-phu-huynh")[:2]
    )
    content = f"""
<section class="bg-gradient-to-br from-sky-100 via-pink-50 to-amber-100">
  <div class="max-w-6xl mx-auto px-4 py-10 grid md:grid-cols-2 gap-8 items-center">
    <div><p class="font-baloo text-4xl text-pink-600 leading-tight">Chào mừng ba mẹ và các bé đến với {enc(SCHOOL)}!</p>
    <p class="mt-3 text-slate-600">“Mỗi ngày đến trường là một ngày vui”</p></div>
    <div class="grid gap-4" x-data="{{ i: 0 }}" id="tin-noi-bat">
      <p class="font-baloo text-xl text-sky-700">⭐ Tin nổi bật</p>
      {"".join(slides)}
    </div>
  </div>
</section>
<div class="max-w-6xl mx-auto px-4 pt-8 grid lg:grid-cols-[1fr_320px] gap-8">
 <div class="space-y-10">
  <section><div class="flex justify-between items-end mb-4"><h2 class="font-baloo text-3xl text-sky-700">📰 Tin tức</h2>
   <a href="/tin-tuc" class="text-sm font-bold text-pink-600">Xem tất cả →</a></div>
   <div class="grid sm:grid-cols-2 md:grid-cols-3 gap-5">{news}</div></section>
  <section><div class="flex justify-between items-end mb-4"><h2 class="font-baloo text-3xl text-lime-600">🎨 Hoạt động của bé</h2>
   <a href="/hoat-dong-cua-be" class="text-sm font-bold text-pink-600">Xem tất cả →</a></div>
   <div class="grid sm:grid-cols-2 md:grid-cols-3 gap-5">{acts}</div></section>
  <section class="rounded-3xl bg-white shadow p-6"><div class="flex justify-between items-end mb-4"><h2 class="font-baloo text-3xl text-rose-500">💗 Góc phụ huynh</h2>
   <a href="/goc-phu-huynh" class="text-sm font-bold text-pink-600">Xem tất cả →</a></div>
   <ul class="space-y-3">{goc}</ul></section>
 </div>
 {_sidebar()}
</div>"""
    return _page(request, "Trang chủ", content, active="home", canonical="/",
                 description="Cổng thông tin điện tử Trường Mầm non Hoa Sen, quận Ninh Kiều, thành phố Cần Thơ")


# ------------------------------------------------------------------------------------------
# Non-articles: menus, albums, intro, contact, search

MENUS = {
    "tuan-48-2026": (
        48, date(2026, 11, 23), date(2026, 11, 27),
        [
            ("Thứ Hai", "Cháo thịt bằm, sữa tươi", "Cơm, thịt gà kho gừng, canh rau ngót nấu thịt", "Bánh flan, sữa chua"),
            ("Thứ Ba", "Bún mọc", "Cơm, cá lóc kho tộ, canh chua bông điên điển", "Chè đậu xanh phổ tai"),
            ("Thứ Tư", "Bánh mì trứng ốp la, sữa", "Cơm, thịt heo rim, canh bí xanh nấu tôm", "Chuối cau"),
            ("Thứ Năm", "Hủ tiếu Nam Vang", "Cơm, trứng chiên thịt, canh cải bẹ xanh", "Sữa chua uống"),
            ("Thứ Sáu", "Xôi gấc, sữa đậu nành", "Cơm, bò xào đậu que, canh khoai mỡ", "Bánh bông lan"),
        ],
    ),
    "tuan-49-2026": (
        49, date(2026, 11, 30), date(2026, 12, 4),
        [
            ("Thứ Hai", "Súp cua trứng cút", "Cơm, cá basa sốt cà chua, canh bí đỏ nấu tôm", "Đu đủ chín"),
            ("Thứ Ba", "Phở gà", "Cơm, thịt heo kho trứng cút, canh cải ngọt", "Sữa chua"),
            ("Thứ Tư", "Bánh canh cá lóc", "Bún gạo xào thịt bò, rau củ", "Chè khoai môn"),
            ("Thứ Năm", "Cháo gà hạt sen", "Cơm, tôm rim thịt, canh mồng tơi nấu cua", "Thanh long"),
            ("Thứ Sáu", "Nui xào bò", "Cơm chiên dương châu, canh rau củ hầm xương", "Bánh quy, sữa tươi"),
        ],
    ),
}


def _menu(request: Request, key: str) -> Response:
    week, start, end, rows = MENUS[key]
    prev_key = f"tuan-{week - 1}-2026"
    next_key = f"tuan-{week + 1}-2026"
    prev = f'<a href="/thuc-don/{prev_key}" class="rounded-full bg-white shadow px-4 py-1">‹ Tuần trước</a>' if prev_key in MENUS else '<span class="rounded-full bg-slate-100 text-slate-400 px-4 py-1">‹ Tuần trước</span>'
    nxt = f'<a href="/thuc-don/{next_key}" class="rounded-full bg-white shadow px-4 py-1">Tuần sau ›</a>' if next_key in MENUS else '<span class="rounded-full bg-slate-100 text-slate-400 px-4 py-1">Tuần sau ›</span>'
    trs = "".join(f"<tr><th class='text-left p-2'>{enc(d)}</th><td class='p-2'>{enc(a)}</td><td class='p-2'>{enc(b)}</td><td class='p-2'>{enc(c)}</td></tr>" for d, a, b, c in rows)
    title = f"Thực đơn tuần {week} ({start:%d/%m} – {end:%d/%m/%Y})"
    content = f"""
<div class="max-w-6xl mx-auto px-4 pt-6 grid lg:grid-cols-[1fr_320px] gap-8">
 <div>
  {_crumbs(("/thuc-don/tuan-49-2026", "Thực đơn tuần"), (None, title))}
  <section class="rounded-[2rem] bg-white shadow-xl ring-4 ring-orange-100 p-6 md:p-9">
    <h1 class="font-baloo text-3xl text-orange-600">{enc(title)}</h1>
    <p class="text-sm text-slate-500 mt-1">Áp dụng từ {enc(_short(start))} đến {enc(_short(end))} · Người đăng: Bộ phận bếp</p>
    <div class="overflow-x-auto mt-6"><table class="w-full text-sm kp-menu">
      <thead class="bg-orange-50"><tr><th class="p-2">Ngày</th><th class="p-2">Bữa sáng</th><th class="p-2">Bữa trưa</th><th class="p-2">Bữa xế</th></tr></thead>
      <tbody>{trs}</tbody></table></div>
    <p class="mt-4 text-xs text-slate-400">Thực đơn có thể thay đổi tùy theo nguồn thực phẩm trong ngày. Năng lượng trung bình: 615 kcal/trẻ/ngày (khối Mẫu giáo).</p>
    <div class="mt-6 flex justify-between">{prev}{nxt}</div>
  </section>
 </div>
 {_sidebar()}
</div>"""
    return _page(request, title, content, active="thuc-don")


ALBUMS = {
    "vui-hoi-trang-ram-2026": ("Vui hội trăng rằm 2026", "25/09/2026", [f"/uploads/2026/09/trung-thu-{n:02d}.jpg" for n in range(1, 7)]),
    "ngay-hoi-be-den-truong-2026": ("Ngày hội bé đến trường năm học 2026 – 2027", "05/09/2026", [f"/uploads/2026/09/khai-giang-{n:02d}.jpg" for n in range(1, 5)]),
}


def _album(request: Request, key: str) -> Response:
    title, day, files = ALBUMS[key]
    tiles = "".join(
        f'<a href="{f}" class="glightbox block rounded-2xl overflow-hidden" data-gallery="al-{key}">'
        f'<img src="{_PIXEL}" data-src="{f}?width=400&amp;height=300&amp;rmode=crop" class="lazyload w-full aspect-[4/3] object-cover" alt="" /></a>'
        for f in files
    )
    content = f"""
<div class="max-w-6xl mx-auto px-4 pt-6">
  {_crumbs(("/thu-vien-anh", "Thư viện ảnh"), (None, title))}
  <h1 class="font-baloo text-3xl text-pink-600">🖼 {enc(title)}</h1>
  <p class="text-sm text-slate-500">{len(files)} ảnh · {day}</p>
  <div class="grid grid-cols-2 md:grid-cols-4 gap-3 mt-6">{tiles}</div>
</div>"""
    return _page(request, title, content, active="hoat-dong-cua-be")


def _albums(request: Request) -> Response:
    cards = "".join(
        f'<a href="/thu-vien-anh/{k}" class="block rounded-3xl bg-white shadow overflow-hidden">'
        f'<img src="{files[0]}?width=480&amp;height=320&amp;rmode=crop" alt="" class="w-full aspect-[3/2] object-cover" />'
        f'<p class="p-4 font-baloo text-lg">{enc(t)}</p></a>'
        for k, (t, _d, files) in ALBUMS.items()
    )
    content = f"""
<div class="max-w-6xl mx-auto px-4 pt-6">{_crumbs((None, "Thư viện ảnh"))}
  <h1 class="font-baloo text-3xl text-pink-600">Thư viện ảnh</h1>
  <div class="grid sm:grid-cols-2 md:grid-cols-3 gap-5 mt-6">{cards}</div></div>"""
    return _page(request, "Thư viện ảnh", content, active="hoat-dong-cua-be")


def _intro(request: Request) -> Response:
    content = f"""
<div class="max-w-6xl mx-auto px-4 pt-6 grid lg:grid-cols-[1fr_320px] gap-8"><div>
  {_crumbs((None, "Giới thiệu"))}
  <section class="rounded-[2rem] bg-white shadow-xl p-6 md:p-9 prose max-w-none">
    <h1>Giới thiệu {enc(SCHOOL)}</h1>
    <p>Trường Mầm non Hoa Sen được thành lập năm 1998, là trường công lập trực thuộc UBND quận Ninh Kiều. Trường được công nhận đạt chuẩn quốc gia mức độ 1 năm 2019.</p>
    <h2 id="doi-ngu">Đội ngũ</h2>
    <p>Tổng số 48 cán bộ, giáo viên, nhân viên; 100% giáo viên đạt chuẩn trình độ đào tạo.</p>
    <h2 id="co-so-vat-chat">Cơ sở vật chất</h2>
    <p>14 phòng học, phòng âm nhạc, phòng STEAM, bếp ăn một chiều, sân chơi với hồ cát, hồ nước và vườn rau của bé.</p>
  </section></div>{_sidebar()}</div>"""
    return _page(request, "Giới thiệu", content, active="gioi-thieu")


def _contact(request: Request) -> Response:
    content = f"""
<div class="max-w-6xl mx-auto px-4 pt-6">{_crumbs((None, "Liên hệ"))}
  <section class="rounded-[2rem] bg-white shadow-xl p-6 md:p-9">
    <h1 class="font-baloo text-3xl text-sky-700">Liên hệ</h1>
    <p>{enc(SCHOOL)} – Số 25 đường Trần Văn Khéo, phường Cái Khế, quận Ninh Kiều, thành phố Cần Thơ</p>
    <p>Điện thoại: 0292 3 812 456 · Email: mnhoasen.ninhkieu@cantho.edu.vn</p>
    <form method="post" action="/lien-he" class="mt-6 space-y-3">
      <input name="HoTen" placeholder="Họ và tên" class="w-full rounded-xl ring-1 ring-slate-200 px-3 py-2" />
      <input name="DienThoai" placeholder="Số điện thoại" class="w-full rounded-xl ring-1 ring-slate-200 px-3 py-2" />
      <textarea name="NoiDung" rows="4" class="w-full rounded-xl ring-1 ring-slate-200 px-3 py-2"></textarea>
      <input name="__RequestVerificationToken" type="hidden" value="{_token("lienhe")}" />
      <button type="submit" class="rounded-full bg-sky-500 text-white px-5 py-2">Gửi liên hệ</button>
    </form>
  </section></div>"""
    return _page(request, "Liên hệ", content, active="lien-he")


def _search(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    hits = [s for s in STORIES if q and q.lower() in s.title.lower()]
    items = "".join(_card(s) for s in hits) if q else '<p class="text-slate-400">Nhập từ khóa để tìm kiếm.</p>'
    content = f"""
<div class="max-w-6xl mx-auto px-4 pt-6">{_crumbs((None, "Tìm kiếm"))}
  <h1 class="font-baloo text-3xl text-sky-700">Kết quả tìm kiếm: “{enc(q)}”</h1>
  <div class="grid sm:grid-cols-2 md:grid-cols-3 gap-5 mt-6">{items}</div></div>"""
    return _page(request, "Tìm kiếm", content)


# ------------------------------------------------------------------------------------------
# Routing


class _Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if low != "/" and low.endswith("/"):
            low = low.rstrip("/")
        if low.startswith(("/uploads/", "/images/", "/css/", "/js/", "/lib/")) or low == "/favicon.ico":
            if low.endswith(".pdf") and low.startswith("/uploads/"):
                return Response(200, PDF, {"Content-Type": "application/pdf", "Server": "Kestrel"})
            return static_file(low)
        if low == "/":
            return _home(request)
        if low.lstrip("/") in CATS:
            return _listing(request, low.lstrip("/"))
        if low.startswith("/bai-viet/"):
            tail = low[len("/bai-viet/") :]
            slug, _, sid = tail.rpartition("-")
            if slug and sid.isdigit() and int(sid) in BY_ID:
                return _article(request, BY_ID[int(sid)])
            return None
        if low == "/baiviet/detail":
            sid = request.params.get("id", "")
            if sid.isdigit() and int(sid) in BY_ID:
                return _article(request, BY_ID[int(sid)])
            return None
        if low == "/api/posts":
            return _api_posts(request)
        if low == "/api/binh-chon":
            return Response(200, stj({"ok": True, "message": "Cảm ơn ba mẹ đã bình chọn!"}), {"Content-Type": "application/json; charset=utf-8"})
        if low == "/thuc-don":
            return redirect("/thuc-don/tuan-49-2026")
        if low.startswith("/thuc-don/"):
            key = low[len("/thuc-don/") :]
            return _menu(request, key) if key in MENUS else None
        if low == "/thu-vien-anh":
            return _albums(request)
        if low.startswith("/thu-vien-anh/"):
            key = low[len("/thu-vien-anh/") :]
            return _album(request, key) if key in ALBUMS else None
        if low == "/gioi-thieu":
            return _intro(request)
        if low == "/lien-he":
            return _contact(request)
        if low == "/tim-kiem":
            return _search(request)
        return None


def build_site() -> _Site:
    return _Site()


# ------------------------------------------------------------------------------------------
# Gold


def _gold(story: Story) -> dict:
    alts = []
    if _old_path(story):
        alts.append(_old_path(story))
    if story.id in MOST_READ:
        alts.append(f"/BaiViet/Detail?id={story.id}")
    return gold_record(story, _path(story), CATS[story.cat], canonical_path=_path(story), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/thuc-don/tuan-48-2026",
    "/thuc-don/tuan-49-2026",
    "/thu-vien-anh/vui-hoi-trang-ram-2026",
    "/thu-vien-anh/ngay-hoi-be-den-truong-2026",
]
