"""Trường THCS Chu Văn An (huyện Đức Trọng, tỉnh Lâm Đồng) on a vendor's ASP.NET MVC 5 school network.

Platform
--------
"SKSchool 3.2", an ASP.NET MVC 5 / Razor school-website product a vendor hosts for the schools of a
district on one shared host: every school is a folder (``/thcs-chuvanan-ductrong/``,
``/th-kimdong-ductrong/`` …) served by the same application and the same theme ("Theme03":
Bootstrap 3, jQuery, Font Awesome 4, ``/bundles/…?v=…`` script bundles). The host's root ``/`` is
the vendor's directory of schools. Razor prints model strings through ``HttpUtility.HtmlEncode``
(.NET 4.x writes the Latin-1 letters as ``&#224;``), article text is CKEditor 4 HTML (named
entities for Latin-1, ``&ldquo;`` …) printed with ``Html.Raw`` after the theme's lazy-load regex.

URL scheme (the school's folder, routes are case-insensitive as in MVC)
-----------------------------------------------------------------------
- ``/thcs-chuvanan-ductrong/`` (also ``/thcs-chuvanan-ductrong`` and ``…/Home/Index``): home.
- ``/thcs-chuvanan-ductrong/tin-tuc`` and ``?page=<n>``: all news, 5 a page, PagedList pager with
  unobtrusive-Ajax attributes (``data-ajax="true"``; with ``X-Requested-With`` only the partial).
- ``/thcs-chuvanan-ductrong/danh-muc/<slug>-<id>`` and ``?page=<n>``: a category, 4 a page,
  PagedList pager ``« 1 2 »`` (``PagedList-skipToNext`` …).
- ``/thcs-chuvanan-ductrong/bai-viet/<slug>-<id>``: an article; the action loads by id, the slug is
  not checked. The MVC default route ``/thcs-chuvanan-ductrong/BaiViet/ChiTiet/<id>`` serves it too.
- ``/thcs-chuvanan-ductrong/Home/LoadMore?skip=<n>&take=<n>``: the home's "Xem thêm" JSON.
- ``gioi-thieu``, ``doi-ngu``, ``lien-he``, ``van-ban`` (+ ``van-ban/<slug>-<id>``), ``thu-vien-anh``
  (+ ``thu-vien-anh/<slug>-<id>``) under the folder; uploads under ``/Uploads/<folder>/…``.
- Other schools' folders (``/th-kimdong-ductrong/``, ``/thcs-nguyendu-ductrong/``,
  ``/mn-hoahong-ductrong/``) with their own home and an article each; ``/`` lists the schools.

Page templates
--------------
Every page: top bar with "Thứ Bảy, 05/12/2026", a banner, a Bootstrap navbar with drop-downs, a
breadcrumb ``ol.breadcrumb``, a right column (notice marquee, "Xem nhiều", "Trường khác", link
select, poll, visitor counter "Đang online / Hôm nay / Tổng truy cập"), a footer with the school's
address and "Các trường trong hệ thống". Article: ``h1.td-bv``, the info line ``div.tt-bv``
("Ngày đăng", "Lượt xem", "Tác giả", "Người đăng"), a tool row (font size, print, e-mail), a
text-to-speech player, the sapo ``div.tomtat-bv`` (some articles), the text ``div#noidung_bv``,
attachments ``div.dk-bv``, key words, "Bài viết khác" ``div.bvk``.

How each gold article is reached
--------------------------------
Home: slider (1179, 1175, 1164), "Tin mới" (the 6 newest), a block of 3 per category, "Xem nhiều"
(1175, 1164, 1183, by the default route). "Xem thêm" only through the JSON endpoint. All news:
page 1 = 1186 1183 1179 1175 1172, page 2 = 1168 1164 1160 1157 1153, page 3 = 1149 1146 1142.
Categories (4 a page): "Tin tức - Sự kiện" 1183 1175 1164 1157 | 1146; "Hoạt động chuyên môn"
1179 1172 1160 1149 | 1142; "Công tác Đoàn - Đội" 1186 1168 1153. "Bài viết khác" shows the 3
newest others of the category, so 1146 and 1142 are reached only from page 2+ of a listing
(or the JSON), 1157 and 1149 only from page 2+ or another article.

Traps
-----
1. Shared host, other schools (not in the README's list: scope by folder). The footer, the
   "Trường khác" box and the host root link the sibling schools' folders on the same host; they run
   the very same theme and their articles look exactly like ours. Gold: only the 13 articles under
   ``/thcs-chuvanan-ductrong/``; the siblings' pages are no articles of this portal (not in GOLD,
   not in NON_ARTICLES).
2. The server's culture prints dates the US way (not in the README's list). The article's
   "Ngày đăng" is ``DateTime.ToString()`` on an en-US IIS: ``11/5/2026 4:30:00 PM`` is 5 November,
   ``10/9/2026 2:15:00 PM`` 9 October (a day-first reader gets May and September). Listings print
   ``dd/MM/yyyy``. "12:00:00 AM" is midnight: the day alone (1164 -> "2026-11-03"). Articles of the
   last week print ``<span class="timeago" title="12/2/2026 8:15:00 AM">3 ngày trước</span>``:
   the tooltip holds the date. One article prints a "Cập nhật" date too (1175): not gold.
3. Load-more JSON (not in the README's list). "Xem thêm" on the home calls
   ``Home/LoadMore?skip=6&take=6``, answered by ``JavaScriptSerializer`` JSON (``\\u003c`` escapes,
   ``"\\/Date(1790844000000)\\/"`` dates, relative ``Url`` fields). It is no page and no article; the
   articles it names are also in the listings (gold: nothing from it).
4. Lazy-loaded images (not in the README's list). The theme rewrites every ``<img>`` of the text to
   ``<img class="lazy" src="…/Content/images/loading.gif" data-original="<real>">``: the photo is
   the ``data-original`` path (gold image paths are those), the grey gif is nobody's photo.
5. Facebook-pasted text (not in the README's list). 1186 was copied from the school's fanpage:
   paragraphs are ``<div dir="auto">``, a line starts with an emoji drawn as an fbcdn ``<img alt>``
   (the bullet, no text; an emoji typed as a character stays), and a closing line of hashtag links
   ``#THCSChuVanAn #KeHoachNho …`` (tags: not body).
6. Widgets around and inside the text (not in the README's list as such). Between the headline and
   the text: the info line, "Cỡ chữ A- A A+ | In bài | Gửi email", and a text-to-speech player
   ("Nghe đọc bài viết", voice select "Giọng nữ miền Bắc"); inside ``#noidung_bv`` after the text:
   the "Bài viết có hữu ích với bạn? Có (n) Không (n)" vote and a Facebook like box. None is body.
7. Duplicate URLs. The home is output-cached from before 1179's headline was edited: its links
   carry the old slug ``hoi-thi-gvdg-cap-truong-1179`` (served, slug unchecked); "Xem nhiều" links
   the default route ``BaiViet/ChiTiet/<id>``. Gold: ``canonical_path`` is the ``rel=canonical``
   pretty URL; the old slug and the ``ChiTiet`` path are ``alt_paths``.
8. Photo and caption in a layout table (1179, 1160): CKEditor users centre a photo with a 2-row
   table; the second row is the caption, not a table row of the text. Other captions are
   ``<figcaption>``, a centred italic line in parentheses (taken off), or "Ảnh: Lê Văn Khoa" (a
   credit: caption None, photographer). A real data table (1172, 1142) is body, cells " | ".
9. An official notice (1172) with the letterhead table, "Số: 112/TB-THCSCVA", "Đức Trọng, ngày 06
   tháng 11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận" and "HIỆU TRƯỞNG … Trần Minh Đức":
   published_at "2026-11-06" (not the posting day 7 Nov), author "Trần Minh Đức".
10. Bylines as the school prints them: "Tin: X - Ảnh: Y"; "ThS. Phạm Thị Ngọc Lan - Phó Hiệu
    trưởng"; "Hoàng Thị Mỹ Duyên - GVCN lớp 8A2"; units signing alone right-aligned ("Công đoàn
    trường", "Tổ Ngữ văn - GDCD"); "Tác giả: …" in the info line (1160); "BBT" (nobody);
    "Người đăng: cva_quantri" on every article (a CMS account: nobody); "Nguồn: Phòng GD&ĐT Đức
    Trọng" (source) under 1157, whose text starts "Theo kế hoạch …" (text).

Gold decisions on ambiguous points
----------------------------------
- ``category`` is the last breadcrumb item (the article's category), never "Tin tức".
- The text-to-speech widget, the vote and the like box are chrome even though they sit in or next
  to the text's container; the attachment list and key words are not body.
- A "Xem thêm: <link>" line (1153) is not body.
- Sapo: printed in ``div.tomtat-bv`` (1183, 1175, 1146) or as a bold first paragraph (1160, 1142);
  the others have none (the listing snippet and meta description are no sapo).
- The notice's schedule table is body; its letterhead rows, kind/subject lines and closing are not.
- A unit as photographer ("Tin, ảnh: Liên đội THCS Chu Văn An") is both author and photographer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "aspnet_mvc_vendor_school_network_thcs"
PLATFORM = "ASP.NET MVC 5 school-website product on a vendor's shared host (Razor, PagedList, jQuery load-more)"
FOLDER = "thcs-chuvanan-ductrong"
ROOT = f"/{FOLDER}"
START_PATH = f"{ROOT}/"

SCHOOL = "Trường THCS Chu Văn An"
TZ = timezone(timedelta(hours=7))
TODAY = datetime(2026, 12, 5, 9, 0, tzinfo=TZ)
TODAY_LINE = "Thứ Bảy, 05/12/2026"
UPLOADS = f"/Uploads/{FOLDER}"
LAZY_GIF = f"{ROOT}/Content/images/loading.gif"

# --- categories ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    id: int
    slug: str
    name: str

    @property
    def path(self) -> str:
        return f"{ROOT}/danh-muc/{self.slug}-{self.id}"


CAT_TT = Cat(2, "tin-tuc-su-kien", "Tin tức - Sự kiện")
CAT_CM = Cat(3, "hoat-dong-chuyen-mon", "Hoạt động chuyên môn")
CAT_DD = Cat(5, "cong-tac-doan-doi", "Công tác Đoàn - Đội")
CATS = [CAT_TT, CAT_CM, CAT_DD]


def img(name: str, month: str = "11") -> str:
    return f"{UPLOADS}/images/2026/{month}/{name}"


def right(name: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{ck(name)}</strong></p>')


# --- text encoders ---------------------------------------------------------------------------


def rz(value: str) -> str:
    """Razor's ``@value`` on .NET 4.x: HtmlEncode, and U+00A0..U+00FF as decimal references."""
    out = []
    for ch in esc(value):
        out.append(f"&#{ord(ch)};" if 0xA0 <= ord(ch) <= 0xFF else ch)
    return "".join(out)


def ck(value: str) -> str:
    """CKEditor 4 with ``config.entities``: named entities where HTML 4 has one, raw otherwise."""
    out = []
    for ch in esc(value).replace("&#x27;", "'").replace("&quot;", '"'):
        name = codepoint2name.get(ord(ch)) if ord(ch) >= 128 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


# --- the articles ----------------------------------------------------------------------------

FB_EMOJI = "https://static.xx.fbcdn.net/images/emoji.php/v9/t{code}/1/16/{hex}.png"

STORIES: list[Story] = [
    Story(
        id=1186,
        slug="lien-doi-thcs-chu-van-an-ra-quan-huong-ung-ngay-hoi-ke-hoach-nho-nam-hoc-2026-2027",
        title="Liên đội THCS Chu Văn An ra quân hưởng ứng Ngày hội “Kế hoạch nhỏ” năm học 2026 - 2027",
        cat=CAT_DD.name,
        published_at="2026-12-04T15:20:00+07:00",
        authors=["Liên đội THCS Chu Văn An"],
        photographers=["Liên đội THCS Chu Văn An"],
        opts={"dt": "2026-12-04 15:20", "fb": True},
        blocks=[
            P(
                "🌿 Chiều ngày 04/12/2026, Liên đội Trường THCS Chu Văn An tổ chức ra quân Ngày hội "
                "“Kế hoạch nhỏ” thu gom giấy vụn, vỏ lon và chai nhựa năm học 2026 - 2027.",
                "fb",
            ),
            P(
                "Ngay từ 14 giờ, các chi đội đã tập trung tại sân trường, mang theo những bao giấy "
                "báo cũ, vở đã dùng hết, thùng các-tông và vỏ chai nhựa được các em tích góp suốt "
                "hai tháng qua.",
                "fbimg:📌",
            ),
            P(
                "Mỗi chi đội được cân và ghi sổ riêng; Ban Chỉ huy Liên đội cùng cô Tổng phụ trách "
                "Đội trực tiếp kiểm đếm, nhắc các em phân loại giấy và nhựa trước khi giao cho cơ sở "
                "thu mua phế liệu.",
                "fbimg:✅",
            ),
            Img(
                img("kehoachnho-01.jpg", "12"),
                "Đội viên các chi đội khối 6 mang sản phẩm “Kế hoạch nhỏ” về tập kết",
                "Đội viên các chi đội khối 6 mang sản phẩm “Kế hoạch nhỏ” về tập kết",
                "figure",
            ),
            P(
                "Kết quả, toàn Liên đội thu được hơn 1,6 tấn giấy vụn và 210 kg vỏ lon, chai nhựa. "
                "Chi đội 7A3, 8A1 và 9A2 dẫn đầu về khối lượng, mỗi chi đội thu gom trên 90 kg.",
                "fb",
            ),
            P(
                "Toàn bộ số tiền bán phế liệu sẽ được Liên đội dùng để mua học bổng, áo ấm tặng học "
                "sinh có hoàn cảnh khó khăn ở thôn Đạ Ròn và Tân Hiệp trước dịp Tết Nguyên đán.",
                "fb",
            ),
            P("Cảm ơn các bạn đội viên đã chung tay vì một mùa đông ấm áp! ❤️", "fb"),
            Raw(
                '<div dir="auto">'
                + " ".join(
                    f'<a href="https://www.facebook.com/hashtag/{t.lower()}?__eep__=6">#{t}</a>'
                    for t in ("THCSChuVanAn", "KeHoachNho", "DucTrong", "LienDoi")
                )
                + "</div>"
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Liên đội THCS Chu Văn An</em></p>'),
        ],
    ),
    Story(
        id=1183,
        slug="cong-doan-truong-to-chuc-hoi-thao-chao-mung-82-nam-ngay-thanh-lap-quan-doi-nhan-dan-viet-nam",
        title="Công đoàn trường tổ chức Hội thao chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam",
        cat=CAT_TT.name,
        published_at="2026-12-02T08:15:00+07:00",
        authors=["Công đoàn trường"],
        summary=(
            "Hướng tới kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - "
            "22/12/2026), Công đoàn Trường THCS Chu Văn An tổ chức Hội thao dành cho cán bộ, giáo "
            "viên, nhân viên nhà trường."
        ),
        sapo_outside=True,
        opts={"dt": "2026-12-02 08:15"},
        blocks=[
            P(
                "Hội thao diễn ra trong hai buổi chiều 29 và 30/11/2026 với ba nội dung: bóng chuyền "
                "hơi nam nữ phối hợp, kéo co và cờ tướng. Tham gia có 46 đoàn viên công đoàn, chia "
                "thành bốn đội theo tổ chuyên môn."
            ),
            P(
                "Phát biểu khai mạc, thầy Trần Minh Đức, Hiệu trưởng nhà trường nhấn mạnh hội thao "
                "là dịp để mỗi thầy cô rèn luyện sức khỏe, tăng cường đoàn kết, đồng thời ôn lại "
                "truyền thống vẻ vang của Quân đội nhân dân Việt Nam anh hùng."
            ),
            Img(
                img("hoithao-cd-01.jpg", "12"),
                "(Trận chung kết bóng chuyền hơi giữa tổ Toán - Tin và tổ Khoa học tự nhiên)",
                "Trận chung kết bóng chuyền hơi giữa tổ Toán - Tin và tổ Khoa học tự nhiên",
                "below",
            ),
            P(
                "Các trận đấu diễn ra sôi nổi, đúng tinh thần “Đoàn kết - Trung thực - Cao thượng”. "
                "Nhiều thầy cô lớn tuổi vẫn nhiệt tình ra sân, tạo nên không khí vui tươi, gắn bó."
            ),
            P("Kết quả chung cuộc như sau:", "h"),
            P("Bóng chuyền hơi: giải Nhất tổ Toán - Tin, giải Nhì tổ Khoa học tự nhiên.", "li"),
            P("Kéo co: giải Nhất tổ Ngữ văn - GDCD, giải Nhì tổ Văn phòng.", "li"),
            P("Cờ tướng: giải Nhất thầy Nguyễn Văn Sáu, giải Nhì thầy Lê Văn Khoa.", "li"),
            P(
                "Ban Chấp hành Công đoàn đã trao giấy khen và phần thưởng cho các đội, cá nhân đạt "
                "giải, góp phần cổ vũ phong trào thể dục thể thao trong đội ngũ nhà giáo."
            ),
            right("Công đoàn trường"),
        ],
    ),
    Story(
        id=1179,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027-18-giao-vien-tham-gia",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027: 18 giáo viên tham gia",
        cat=CAT_CM.name,
        published_at="2026-11-28T07:45:00+07:00",
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Lê Văn Khoa"],
        opts={"dt": "2026-11-28 07:45", "old_slug": "hoi-thi-gvdg-cap-truong"},
        blocks=[
            P(
                "Thực hiện kế hoạch năm học 2026 - 2027, từ ngày 16 đến 27/11/2026, Trường THCS Chu "
                "Văn An tổ chức Hội thi giáo viên dạy giỏi cấp trường nhằm phát hiện, bồi dưỡng "
                "những nhân tố tiêu biểu tham gia hội thi cấp huyện."
            ),
            P(
                "Hội thi có 18 giáo viên đăng ký thuộc các môn Ngữ văn, Toán, Tiếng Anh, Khoa học tự "
                "nhiên, Lịch sử và Địa lí, Tin học. Mỗi giáo viên thực hiện hai tiết dạy thực hành và "
                "trình bày một biện pháp nâng cao chất lượng giảng dạy."
            ),
            Img(
                img("gvdg-2026-01.jpg"),
                "Cô Trần Thị Bích Ngọc thể hiện tiết dạy môn Tiếng Anh lớp 8",
                "Cô Trần Thị Bích Ngọc thể hiện tiết dạy môn Tiếng Anh lớp 8",
                "table",
            ),
            P(
                "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp dạy học "
                "tích cực như dạy học dự án, trạm học tập, sơ đồ tư duy; nhiều giáo viên khai thác "
                "hiệu quả bảng tương tác và học liệu số."
            ),
            P(
                "Ban giám khảo gồm các đồng chí trong Ban giám hiệu và tổ trưởng chuyên môn đã dự "
                "giờ, góp ý thẳng thắn, chỉ ra những ưu điểm cũng như hạn chế để các thầy cô tiếp "
                "tục hoàn thiện."
            ),
            Img(img("gvdg-2026-02.jpg"), "Ảnh: Lê Văn Khoa", None, "credit"),
            P(
                "Kết quả, có 12 giáo viên được công nhận giáo viên dạy giỏi cấp trường; nhà trường "
                "chọn 5 thầy cô tiêu biểu tham dự Hội thi cấp huyện dự kiến diễn ra vào tháng "
                "01/2027."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Nguyễn Thị Thu Hà - Ảnh: Lê Văn Khoa</strong></p>'),
        ],
    ),
    Story(
        id=1175,
        slug="tri-an-thay-co-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Tri ân thầy cô nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat=CAT_TT.name,
        published_at="2026-11-20T14:00:00+07:00",
        authors=["Phạm Thị Ngọc Lan"],
        summary=(
            "Sáng 20/11/2026, Trường THCS Chu Văn An long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam trong không khí ấm áp, nghĩa tình."
        ),
        sapo_outside=True,
        opts={"dt": "2026-11-20 14:00", "updated": "2026-11-21 08:02:37"},
        blocks=[
            P(
                "Đến dự buổi lễ có đại diện lãnh đạo Phòng Giáo dục và Đào tạo huyện Đức Trọng, Đảng "
                "ủy, UBND xã Hiệp Thạnh, Ban đại diện cha mẹ học sinh cùng các thầy cô giáo đã nghỉ "
                "hưu từng công tác tại trường."
            ),
            P(
                "Ôn lại lịch sử Ngày Nhà giáo Việt Nam, cô Phạm Thị Ngọc Lan, Phó Hiệu trưởng nhà "
                "trường điểm lại những thành tích nổi bật của tập thể sư phạm trong năm học vừa qua: "
                "98,6% học sinh lớp 9 tốt nghiệp THCS, 27 giải học sinh giỏi cấp huyện và 6 giải cấp "
                "tỉnh."
            ),
            Img(
                img("2011-le-01.jpg"),
                "(Các em học sinh biểu diễn tiết mục văn nghệ chào mừng)",
                "Các em học sinh biểu diễn tiết mục văn nghệ chào mừng",
                "below",
            ),
            P(
                "Thay mặt các thế hệ học sinh, em Nguyễn Ngọc Bảo Trâm, lớp 9A1 xúc động gửi lời tri "
                "ân sâu sắc tới thầy cô, những người đã tận tụy dìu dắt các em trên hành trình tri "
                "thức."
            ),
            P(
                "Nhân dịp này, nhà trường trao giấy khen cho 9 giáo viên có thành tích xuất sắc trong "
                "phong trào thi đua “Dạy tốt - Học tốt” đợt 1 và tặng hoa các thầy cô nguyên là cán "
                "bộ, giáo viên của trường."
            ),
            Img(img("2011-le-02.jpg"), None, None, "bare"),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ do các chi đội dàn dựng, để lại nhiều "
                "cảm xúc trong lòng thầy và trò."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Phạm Thị Ngọc Lan - Phó Hiệu trưởng'
                "</strong></p>"
            ),
        ],
    ),
    Story(
        id=1172,
        slug="thong-bao-lich-kiem-tra-giua-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra giữa học kỳ I năm học 2026 - 2027",
        cat=CAT_CM.name,
        published_at="2026-11-06",
        authors=["Trần Minh Đức"],
        opts={"dt": "2026-11-07 09:10", "notice": True, "files": [("TB-112-KTGHKI.pdf", "198 KB")]},
        blocks=[
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
                '<tr><td style="text-align:center">UBND HUYỆN ĐỨC TRỌNG<br />'
                "<strong>TRƯỜNG THCS CHU VĂN AN</strong></td>"
                '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />'
                "<u>Độc lập - Tự do - Hạnh phúc</u></strong></td></tr>"
                '<tr><td style="text-align:center">Số: 112/TB-THCSCVA</td>'
                '<td style="text-align:center"><em>Đức Trọng, ngày 06 tháng 11 năm 2026</em></td>'
                "</tr></tbody></table>"
            ),
            Raw('<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'),
            Raw(
                '<p style="text-align:center"><strong>Về việc tổ chức kiểm tra giữa học kỳ I năm '
                "học 2026 - 2027</strong></p>"
            ),
            P(
                "Căn cứ Kế hoạch số 45/KH-THCSCVA ngày 05/9/2026 của Trường THCS Chu Văn An về thực "
                "hiện nhiệm vụ năm học 2026 - 2027;"
            ),
            P(
                "Nhà trường thông báo lịch kiểm tra giữa học kỳ I các môn kiểm tra tập trung đối với "
                "học sinh khối 6, 7, 8, 9 như sau:"
            ),
            P("Ngày | Buổi | Môn | Thời gian làm bài", "trh"),
            P("11/11/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
            P("11/11/2026 | Chiều | Tiếng Anh | 60 phút", "tr"),
            P("12/11/2026 | Sáng | Toán | 90 phút", "tr"),
            P("12/11/2026 | Chiều | Khoa học tự nhiên | 60 phút", "tr"),
            P(
                "Các môn còn lại giáo viên bộ môn tổ chức kiểm tra tại lớp theo phân phối chương "
                "trình, hoàn thành trước ngày 20/11/2026."
            ),
            P(
                "Giáo viên chủ nhiệm phổ biến lịch kiểm tra đến học sinh và cha mẹ học sinh; học sinh "
                "có mặt tại phòng thi trước giờ kiểm tra 15 phút, mang theo đồ dùng học tập cần "
                "thiết."
            ),
            Raw(
                '<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="width:50%"><strong><em>Nơi nhận:</em></strong><br />- Phòng GD&amp;ĐT '
                "(b/c);<br />- CB, GV, NV;<br />- Website trường;<br />- Lưu: VT.</td>"
                '<td style="text-align:center"><strong>HIỆU TRƯỞNG</strong><br /><br /><em>(đã ký)'
                "</em><br /><br /><strong>Trần Minh Đức</strong></td></tr></tbody></table>"
            ),
        ],
    ),
    Story(
        id=1168,
        slug="chi-doi-8a2-sinh-hoat-chu-diem-ton-su-trong-dao",
        title="Chi đội 8A2 sinh hoạt chủ điểm “Tôn sư trọng đạo”",
        cat=CAT_DD.name,
        published_at="2026-11-05T16:30:00+07:00",
        authors=["Hoàng Thị Mỹ Duyên"],
        opts={"dt": "2026-11-05 16:30"},
        blocks=[
            P(
                "Hưởng ứng đợt thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11, chiều thứ Năm ngày "
                "05/11/2026, Chi đội 8A2 tổ chức buổi sinh hoạt chủ điểm “Tôn sư trọng đạo” tại phòng "
                "học bộ môn."
            ),
            P(
                "Buổi sinh hoạt gồm ba phần: kể chuyện về những tấm gương thầy cô tận tụy, thi đọc "
                "thơ về mái trường và trò chơi “Ai nhanh hơn” với các câu hỏi về truyền thống hiếu "
                "học của dân tộc."
            ),
            Img(img("8a2-tstd.jpg"), None, None, "bare"),
            P(
                "Em Lê Hoàng Minh Khang, chi đội trưởng chia sẻ: “Chúng em muốn mỗi tuần đều có thêm "
                "nhiều hoa điểm tốt để dâng tặng thầy cô, thay cho lời cảm ơn.”",
                "q",
            ),
            P(
                "Kết thúc buổi sinh hoạt, chi đội đăng ký 320 hoa điểm tốt và cam kết không có đội "
                "viên vi phạm nội quy trong tháng 11."
            ),
            right("Hoàng Thị Mỹ Duyên - GVCN lớp 8A2"),
        ],
    ),
    Story(
        id=1164,
        slug="truong-thcs-chu-van-an-tham-gia-hoi-khoe-phu-dong-huyen-duc-trong-lan-thu-xii",
        title="Trường THCS Chu Văn An tham gia Hội khỏe Phù Đổng huyện Đức Trọng lần thứ XII",
        cat=CAT_TT.name,
        published_at="2026-11-03",
        authors=["Đặng Quốc Huy"],
        photographers=["Đặng Quốc Huy"],
        opts={"dt": "2026-11-03 00:00"},
        blocks=[
            P(
                "Từ ngày 28/10 đến 01/11/2026, đoàn vận động viên Trường THCS Chu Văn An gồm 24 học "
                "sinh đã tham gia Hội khỏe Phù Đổng huyện Đức Trọng lần thứ XII tại Trung tâm Văn hóa "
                "- Thể thao huyện."
            ),
            P(
                "Sau gần hai tháng tập luyện dưới sự hướng dẫn của các thầy cô tổ Thể dục, các em đã "
                "thi đấu tự tin ở các môn điền kinh, cầu lông, cờ vua và bơi lội."
            ),
            Img(
                img("hkpd-xii-01.jpg"),
                "Đoàn vận động viên nhà trường tại lễ khai mạc Hội khỏe Phù Đổng",
                "Đoàn vận động viên nhà trường tại lễ khai mạc Hội khỏe Phù Đổng",
                "figure",
            ),
            P("Kết quả, đoàn giành được 11 huy chương các loại:", "h"),
            P("4 huy chương Vàng (chạy 100 m nam, nhảy xa nữ, cầu lông đơn nam, bơi ếch 50 m nữ);", "li"),
            P("3 huy chương Bạc (chạy 400 m nữ, cờ vua nam, bơi tự do 50 m nam);", "li"),
            P("4 huy chương Đồng ở các nội dung điền kinh và cờ vua.", "li"),
            Img(
                img("hkpd-xii-02.jpg"),
                "Em Ka Thị Hương (lớp 8A4) trên bục nhận huy chương Vàng nhảy xa",
                "Em Ka Thị Hương (lớp 8A4) trên bục nhận huy chương Vàng nhảy xa",
                "figure",
            ),
            P(
                "Với thành tích này, nhà trường xếp thứ ba toàn đoàn khối THCS, vượt hai bậc so với "
                "kỳ hội khỏe trước."
            ),
            Raw('<p style="text-align: right;"><em>Tin, ảnh: Đặng Quốc Huy</em></p>'),
        ],
    ),
    Story(
        id=1160,
        slug="chuyen-de-cap-huyen-mon-khoa-hoc-tu-nhien-day-hoc-theo-chu-de-tich-hop",
        title="Chuyên đề cấp huyện môn Khoa học tự nhiên: Dạy học theo chủ đề tích hợp",
        cat=CAT_CM.name,
        published_at="2026-10-30T10:05:00+07:00",
        authors=["Vũ Thị Hồng Nhung"],
        summary=(
            "Ngày 29/10/2026, Trường THCS Chu Văn An đăng cai tổ chức chuyên đề cấp huyện môn Khoa "
            "học tự nhiên với chủ đề “Dạy học theo chủ đề tích hợp gắn với thực tiễn địa phương”."
        ),
        opts={"dt": "2026-10-30 10:05", "byline_info": "Vũ Thị Hồng Nhung"},
        blocks=[
            P(
                "Ngày 29/10/2026, Trường THCS Chu Văn An đăng cai tổ chức chuyên đề cấp huyện môn Khoa "
                "học tự nhiên với chủ đề “Dạy học theo chủ đề tích hợp gắn với thực tiễn địa phương”.",
                "lead",
            ),
            P(
                "Tham dự chuyên đề có chuyên viên Phòng GD&ĐT phụ trách môn Khoa học tự nhiên cùng "
                "42 giáo viên cốt cán đến từ các trường THCS trên địa bàn huyện."
            ),
            P(
                "Tiết dạy minh họa bài “Trồng rau trong nhà kính và vai trò của ánh sáng đối với "
                "quang hợp” do cô Vũ Thị Hồng Nhung thực hiện tại lớp 7A1. Học sinh làm việc theo "
                "nhóm, đo nhiệt độ, độ ẩm trong mô hình nhà kính mini rồi rút ra kết luận."
            ),
            Img(
                img("kh-tn-cd-01.jpg", "10"),
                "Học sinh lớp 7A1 đo nhiệt độ trong mô hình nhà kính mini",
                "Học sinh lớp 7A1 đo nhiệt độ trong mô hình nhà kính mini",
                "table",
            ),
            P(
                "Phần thảo luận, các thầy cô thống nhất: dạy học tích hợp cần xuất phát từ vấn đề "
                "thực tiễn gần gũi với học sinh như canh tác rau, hoa ở Đức Trọng, tránh ghép nối "
                "kiến thức một cách cơ học."
            ),
            P(
                "Chuyên đề đã giúp giáo viên có thêm kinh nghiệm thiết kế kế hoạch bài dạy theo Chương "
                "trình giáo dục phổ thông 2018."
            ),
        ],
    ),
    Story(
        id=1157,
        slug="tuyen-truyen-phong-chong-duoi-nuoc-va-tai-nan-thuong-tich-cho-hoc-sinh",
        title="Tuyên truyền phòng, chống đuối nước và tai nạn thương tích cho học sinh",
        cat=CAT_TT.name,
        published_at="2026-10-22T13:30:00+07:00",
        source="Phòng GD&ĐT Đức Trọng",
        opts={"dt": "2026-10-22 13:30"},
        blocks=[
            P(
                "Theo kế hoạch của Phòng GD&ĐT huyện Đức Trọng, sáng thứ Hai ngày 19/10/2026, Trường "
                "THCS Chu Văn An phối hợp với Công an xã Hiệp Thạnh tổ chức buổi tuyên truyền phòng, "
                "chống đuối nước và tai nạn thương tích cho gần 900 học sinh."
            ),
            P(
                "Báo cáo viên đã thông tin về tình hình đuối nước ở trẻ em trên địa bàn tỉnh, chỉ ra "
                "những địa điểm nguy hiểm như hồ thủy lợi, ao hồ, đập tràn mùa mưa lũ."
            ),
            P("Các em được hướng dẫn kỹ năng:", "div"),
            P("- Không tự ý đi bơi, tắm ở sông, suối khi không có người lớn đi cùng;", "br"),
            P("- Biết cách kêu cứu, ném phao, đưa sào cho người bị đuối nước;", "br"),
            P("- Sơ cứu ban đầu khi bạn bị ngã, bị đứt tay, bị bỏng.", "br"),
            Img(
                img("pcdn-01.jpg", "10"),
                "(Học sinh thực hành kỹ năng sơ cứu dưới sự hướng dẫn của báo cáo viên)",
                "Học sinh thực hành kỹ năng sơ cứu dưới sự hướng dẫn của báo cáo viên",
                "below",
            ),
            P(
                "Buổi tuyên truyền góp phần nâng cao nhận thức, giúp học sinh chủ động phòng tránh "
                "tai nạn, xây dựng trường học an toàn."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Phòng GD&amp;ĐT Đức Trọng</em></p>'),
        ],
    ),
    Story(
        id=1153,
        slug="dai-hoi-lien-doi-truong-thcs-chu-van-an-nhiem-ky-2026-2027",
        title="Đại hội Liên đội Trường THCS Chu Văn An nhiệm kỳ 2026 - 2027",
        cat=CAT_DD.name,
        published_at="2026-10-15T08:00:00+07:00",
        authors=["Ban Chỉ huy Liên đội"],
        opts={"dt": "2026-10-15 08:00"},
        blocks=[
            P(
                "Ngày 14/10/2026, Liên đội Trường THCS Chu Văn An long trọng tổ chức Đại hội Liên đội "
                "nhiệm kỳ 2026 - 2027 với sự tham dự của 68 đại biểu là chỉ huy các chi đội."
            ),
            P(
                "Đại hội đã đánh giá kết quả công tác Đội và phong trào thiếu nhi năm học 2025 - 2026, "
                "đề ra phương hướng nhiệm vụ nhiệm kỳ mới với chủ đề “Thiếu nhi Việt Nam - Tự tin, "
                "trách nhiệm, nhân ái”."
            ),
            Img(
                img("dhld-01.jpg", "10"),
                "Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt đại hội",
                "Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt đại hội",
                "figure",
            ),
            P(
                "Đại hội bầu Ban Chỉ huy Liên đội gồm 11 đội viên; em Nguyễn Phạm Gia Hân, lớp 9A1 "
                "được tín nhiệm giữ chức Liên đội trưởng."
            ),
            P(
                "Các chi đội cũng đăng ký nhiều công trình măng non thiết thực như “Góc sách chi "
                "đội”, “Bồn hoa đội viên” và phong trào “Kế hoạch nhỏ”."
            ),
            Raw(
                f'<p><em>Xem thêm: <a href="{ROOT}/thu-vien-anh/dai-hoi-lien-doi-2026-2027-15">Album '
                "ảnh Đại hội Liên đội nhiệm kỳ 2026 - 2027</a></em></p>"
            ),
            right("Ban Chỉ huy Liên đội"),
        ],
    ),
    Story(
        id=1149,
        slug="sinh-hoat-to-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-to-ngu-van-gdcd",
        title="Sinh hoạt tổ chuyên môn theo nghiên cứu bài học tại tổ Ngữ văn - GDCD",
        cat=CAT_CM.name,
        published_at="2026-10-09T14:15:00+07:00",
        authors=["Tổ Ngữ văn - GDCD"],
        opts={"dt": "2026-10-09 14:15"},
        blocks=[
            P(
                "Chiều 08/10/2026, tổ Ngữ văn - GDCD tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu "
                "bài học, dự giờ và phân tích bài “Chiếc lá cuối cùng” tại lớp 8A3 do cô Lương Thị "
                "Thanh Tâm giảng dạy."
            ),
            P(
                "Khác với cách dự giờ truyền thống, các thầy cô tập trung quan sát hoạt động học của "
                "học sinh: em nào gặp khó khăn, nhóm nào chưa hợp tác, vì sao học sinh chưa trả lời "
                "được câu hỏi."
            ),
            P(
                "Bài học không phải để đánh giá giáo viên mà để mỗi chúng ta cùng nhìn vào việc học "
                "của học sinh.",
                "q",
            ),
            P(
                "Từ những quan sát đó, tổ đã thống nhất điều chỉnh hệ thống câu hỏi, chia nhỏ nhiệm "
                "vụ đọc hiểu và tăng thời gian cho học sinh trình bày cảm nhận cá nhân."
            ),
            P(
                "Thời gian tới, tổ tiếp tục duy trì sinh hoạt chuyên môn theo nghiên cứu bài học mỗi "
                "tháng hai lần, luân phiên ở các khối lớp."
            ),
            right("Tổ Ngữ văn - GDCD"),
        ],
    ),
    Story(
        id=1146,
        slug="hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027",
        cat=CAT_TT.name,
        published_at="2026-10-05T07:30:00+07:00",
        summary=(
            "Ngày 04/10/2026, Trường THCS Chu Văn An tổ chức Hội nghị cha mẹ học sinh đầu năm học "
            "2026 - 2027 với sự tham dự của hơn 850 phụ huynh."
        ),
        sapo_outside=True,
        opts={"dt": "2026-10-05 07:30"},
        blocks=[
            P(
                "Tại phiên họp toàn thể, thầy Hiệu trưởng Trần Minh Đức báo cáo kết quả năm học 2025 "
                "- 2026 và những nhiệm vụ trọng tâm của năm học mới, trong đó chú trọng giáo dục kỹ "
                "năng sống và chuyển đổi số."
            ),
            P(
                "Sau đó, các phụ huynh họp tại 24 lớp cùng giáo viên chủ nhiệm, trao đổi về nề nếp, "
                "việc học ở nhà của các em và bầu Ban đại diện cha mẹ học sinh lớp."
            ),
            Img(
                img("hn-cmhs-01.jpg", "10"),
                "(Phụ huynh học sinh dự hội nghị tại hội trường nhà trường)",
                "Phụ huynh học sinh dự hội nghị tại hội trường nhà trường",
                "below",
            ),
            P(
                "Hội nghị đã bầu Ban đại diện cha mẹ học sinh trường gồm 9 thành viên; ông Nguyễn Hữu "
                "Lộc được bầu làm Trưởng ban."
            ),
            Raw('<p style="text-align: right;"><strong>BBT</strong></p>'),
        ],
    ),
    Story(
        id=1142,
        slug="trien-khai-ke-hoach-boi-duong-hoc-sinh-gioi-lop-9-nam-hoc-2026-2027",
        title="Triển khai kế hoạch bồi dưỡng học sinh giỏi lớp 9 năm học 2026 - 2027",
        cat=CAT_CM.name,
        published_at="2026-10-01T15:40:00+07:00",
        authors=["Phạm Thị Ngọc Lan"],
        summary=(
            "Nhằm nâng cao chất lượng mũi nhọn, Trường THCS Chu Văn An triển khai kế hoạch bồi dưỡng "
            "học sinh giỏi lớp 9 chuẩn bị cho kỳ thi cấp huyện và cấp tỉnh năm học 2026 - 2027."
        ),
        opts={"dt": "2026-10-01 15:40", "files": [("KH-BDHSG9-2026-2027.pdf", "312 KB"), ("Danh-sach-doi-tuyen.pdf", "96 KB")]},
        blocks=[
            P(
                "Nhằm nâng cao chất lượng mũi nhọn, Trường THCS Chu Văn An triển khai kế hoạch bồi dưỡng "
                "học sinh giỏi lớp 9 chuẩn bị cho kỳ thi cấp huyện và cấp tỉnh năm học 2026 - 2027.",
                "lead",
            ),
            P(
                "Qua khảo sát đầu năm, nhà trường thành lập 8 đội tuyển với 64 học sinh. Lịch bồi "
                "dưỡng được bố trí vào buổi chiều, không trùng với giờ học chính khóa:"
            ),
            P("Môn | Giáo viên phụ trách | Lịch bồi dưỡng", "trh"),
            P("Toán | Nguyễn Văn Sáu | Chiều thứ Hai, thứ Năm", "tr"),
            P("Ngữ văn | Lương Thị Thanh Tâm | Chiều thứ Ba, thứ Sáu", "tr"),
            P("Tiếng Anh | Trần Thị Bích Ngọc | Chiều thứ Tư", "tr"),
            P("Khoa học tự nhiên | Vũ Thị Hồng Nhung | Chiều thứ Bảy", "tr"),
            P(
                "Giáo viên bồi dưỡng xây dựng chương trình theo chuyên đề, tăng cường luyện đề và "
                "hướng dẫn học sinh phương pháp tự học."
            ),
            P("Tổ chức kiểm tra định kỳ mỗi tháng một lần để sàng lọc đội tuyển.", "ol"),
            P("Báo cáo kết quả về Ban giám hiệu trước ngày 30 hằng tháng.", "ol"),
            P(
                "Nhà trường đề nghị cha mẹ học sinh phối hợp, tạo điều kiện về thời gian để các em "
                "tham gia đầy đủ các buổi bồi dưỡng."
            ),
            right("Phạm Thị Ngọc Lan"),
        ],
    ),
]

BY_ID = {s.id: s for s in STORIES}
CAT_OF = {s.id: next(c for c in CATS if c.name == s.cat) for s in STORIES}
MOST_READ = [1175, 1164, 1183]
SLIDER = [1179, 1175, 1164]
NEWS_PAGE = 5
CAT_PAGE = 4
HOME_NEW = 6


def dt_of(story: Story) -> datetime:
    return datetime.strptime(story.opts["dt"], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def art_path(story: Story, slug: str | None = None) -> str:
    return f"{ROOT}/bai-viet/{slug or story.slug}-{story.id}"


def home_path(story: Story) -> str:
    """The output-cached home still links the headline's first slug."""
    return art_path(story, story.opts.get("old_slug"))


def route_path(story: Story) -> str:
    return f"{ROOT}/BaiViet/ChiTiet/{story.id}"


def us_date(when: datetime, seconds: int = 0) -> str:
    """``DateTime.ToString()`` under en-US: M/d/yyyy h:mm:ss tt."""
    hour = when.hour % 12 or 12
    tt = "AM" if when.hour < 12 else "PM"
    return f"{when.month}/{when.day}/{when.year} {hour}:{when.minute:02d}:{seconds:02d} {tt}"


def vn_date(when: datetime) -> str:
    return when.strftime("%d/%m/%Y")


def snippet(story: Story) -> str:
    first = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "..."


def thumb(story: Story) -> str:
    return f"{UPLOADS}/thumbs/bv_{story.id}_300x200.jpg"


# --- text rendering --------------------------------------------------------------------------


def lazy(src: str) -> str:
    return f'<img alt="" class="lazy" src="{LAZY_GIF}" data-original="{esc(src)}" style="width:100%;max-width:640px" />'


def render_img(block: Img) -> str:
    tag = lazy(block.src)
    line = ck(block.printed) if block.printed else ""
    if block.style == "figure":
        return f'<figure class="image" style="display:inline-block">{tag}<figcaption>{line}</figcaption></figure>'
    if block.style == "table":
        return (
            '<table align="center" border="0" cellpadding="1" cellspacing="1" class="tb-anh" '
            f'style="width:640px"><tbody><tr><td>{tag}</td></tr><tr><td style="text-align:center">'
            f"<em>{line}</em></td></tr></tbody></table>"
        )
    out = f'<p style="text-align:center">{tag}</p>'
    if line:
        out += f'<p style="text-align:center"><em>{line}</em></p>'
    return out


def render_blocks(story: Story) -> str:
    """The CKEditor HTML of the text, groups (lists, tables, <br> runs) joined as an editor saves them."""
    out: list[str] = []
    i = 0
    blocks = story.blocks
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(render_img(b))
            i += 1
            continue
        st = b.style
        if st in ("li", "ol"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                items.append(f"<li>{ck(blocks[i].text)}</li>")
                i += 1
            tag = "ul" if st == "li" else "ol"
            out.append(f"<{tag}>" + "".join(items) + f"</{tag}>")
            continue
        if st in ("tr", "trh"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("tr", "trh"):
                cells = blocks[i].text.split(" | ")
                if blocks[i].style == "trh":
                    rows.append("<tr>" + "".join(f'<td style="text-align:center"><strong>{ck(c)}</strong></td>' for c in cells) + "</tr>")
                else:
                    rows.append("<tr>" + "".join(f"<td>{ck(c)}</td>" for c in cells) + "</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="1" cellspacing="1" style="width:100%"><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        if st == "div":
            # a line and the <br>-run after it in one <div>
            parts = [ck(b.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                parts.append(ck(blocks[i].text))
                i += 1
            out.append('<div style="text-align: justify;">' + "<br />\n".join(parts) + "</div>")
            continue
        if st == "fb":
            out.append(f'<div dir="auto">{ck(b.text)}</div>')
        elif st.startswith("fbimg:"):
            emoji = st.split(":", 1)[1]
            hexcode = "-".join(f"{ord(c):x}" for c in emoji)
            src = FB_EMOJI.format(code=len(hexcode) % 9, hex=hexcode)
            out.append(
                f'<div dir="auto"><span class="html-span xexx8yu x4uap5"><img height="16" width="16" '
                f'alt="{emoji}" referrerpolicy="origin-when-cross-origin" src="{src}" /></span> '
                f"{ck(b.text)}</div>"
            )
        elif st == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{ck(b.text)}</strong></p>')
        elif st == "h":
            out.append(f"<p><strong><em>{ck(b.text)}</em></strong></p>")
        elif st == "q":
            out.append(f'<blockquote><p><em>{ck(b.text)}</em></p></blockquote>')
        else:
            out.append(f'<p style="text-align: justify;">{ck(b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- chrome ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class School:
    folder: str
    name: str
    short: str
    commune: str

    @property
    def root(self) -> str:
        return f"/{self.folder}"


OUR = School(FOLDER, SCHOOL, "THCS Chu Văn An", "xã Hiệp Thạnh")
SIBLINGS = [
    School("th-kimdong-ductrong", "Trường TH Kim Đồng", "TH Kim Đồng", "thị trấn Liên Nghĩa"),
    School("thcs-nguyendu-ductrong", "Trường THCS Nguyễn Du", "THCS Nguyễn Du", "xã Ninh Gia"),
    School("mn-hoahong-ductrong", "Trường MN Hoa Hồng", "MN Hoa Hồng", "xã Hiệp An"),
]


def head(request: Request, title: str, school: School, extra: str = "", desc: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{rz(title)} | {rz(school.name)}</title>
<meta name="description" content="{rz(desc or school.name + " - huyện Đức Trọng, tỉnh Lâm Đồng")}" />
<meta name="generator" content="SKSchool 3.2 (ASP.NET MVC 5)" />
{extra}<link href="{school.root}/favicon.ico" rel="shortcut icon" type="image/x-icon" />
<link href="/Content/css?v=Yp3l8sH2qvK0cAq1mVQy0M4eZ7n6y2yQb3iW9g0Kx3A1" rel="stylesheet"/>
<link href="/Themes/Theme03/css/site.css?v=3.2.1" rel="stylesheet" />
<script src="/bundles/modernizr?v=wBEWDufH_8Md-Pbioxomt90vm6tJN2Pyy9u9zHtWsPo1"></script>
</head>
<body class="th03">
"""


def header(school: School, active: str = "") -> str:
    r = school.root
    if school is OUR:
        menu = f"""<ul class="nav navbar-nav" id="mnu_chinh">
<li class="{'active' if active == 'home' else ''}"><a href="{r}/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li class="dropdown"><a href="{r}/gioi-thieu" class="dropdown-toggle" data-toggle="dropdown">Giới thiệu <b class="caret"></b></a>
<ul class="dropdown-menu"><li><a href="{r}/gioi-thieu">Giới thiệu chung</a></li><li><a href="{r}/doi-ngu">Đội ngũ cán bộ, giáo viên</a></li></ul></li>
<li class="dropdown {'active' if active == 'news' else ''}"><a href="{r}/tin-tuc" class="dropdown-toggle" data-toggle="dropdown">Tin tức <b class="caret"></b></a>
<ul class="dropdown-menu">{''.join(f'<li><a href="{c.path}">{rz(c.name)}</a></li>' for c in CATS)}</ul></li>
<li><a href="{r}/van-ban">Văn bản</a></li>
<li><a href="{r}/thu-vien-anh">Thư viện ảnh</a></li>
<li><a href="{r}/lien-he">Liên hệ</a></li>
</ul>"""
    else:
        menu = f"""<ul class="nav navbar-nav" id="mnu_chinh">
<li class="active"><a href="{r}/"><i class="fa fa-home"></i> Trang chủ</a></li>
</ul>"""
    return f"""<div class="top-bar"><div class="container">
<span class="ngay-ht"><i class="fa fa-calendar"></i> {TODAY_LINE}</span>
<span class="pull-right lk-top"><a href="/">Hệ thống website trường học</a> | <a href="https://mail.lamdong.edu.vn" target="_blank">Thư điện tử</a></span>
</div></div>
<div class="banner"><div class="container"><a href="{r}"><img src="/Uploads/{school.folder}/logo/banner.png" alt="{rz(school.name)}" class="img-responsive" /></a>
<div class="ten-truong"><span class="dv-cq">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO ĐỨC TRỌNG</span><h2>{rz(school.name.upper())}</h2></div></div></div>
<nav class="navbar navbar-default nav-th03"><div class="container">
<div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#mnu"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="collapse navbar-collapse" id="mnu">{menu}
<form class="navbar-form navbar-right" action="{r}/tim-kiem" method="get"><input type="text" name="tukhoa" class="form-control input-sm" placeholder="Tìm kiếm..." /></form>
</div></div></nav>
<div class="container noi-dung-chinh"><div class="row">
"""


def crumbs(items: list[tuple[str, str | None]]) -> str:
    lis = []
    for label, href in items:
        if href:
            lis.append(f'<li><a href="{href}">{rz(label)}</a></li>')
        else:
            lis.append(f'<li class="active">{rz(label)}</li>')
    return '<ol class="breadcrumb bc-th03">' + "".join(lis) + "</ol>"


def sidebar(school: School) -> str:
    others = [s for s in [OUR, *SIBLINGS] if s is not school]
    truong = "".join(f'<li><a href="{s.root}/"><i class="fa fa-angle-right"></i> {rz(s.name)}</a></li>' for s in others)
    parts = ['<div class="col-md-3 cot-phai">']
    if school is OUR:
        most = "".join(
            f'<li><a href="{route_path(BY_ID[i])}">{rz(BY_ID[i].title)}</a> <span class="lx">({BY_ID[i].views()})</span></li>'
            for i in MOST_READ
        )
        parts.append(
            f"""<div class="khoi-sb" id="khoi_7"><div class="td-khoi"><span>Thông báo</span></div>
<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" style="height:120px">
<p><i class="fa fa-bullhorn"></i> Lịch kiểm tra cuối học kỳ I sẽ được thông báo sau ngày 15/12/2026.</p>
<p><i class="fa fa-bullhorn"></i> Học sinh nghỉ học ngày 22/12 để tham gia hoạt động trải nghiệm tại địa phương.</p></marquee></div>
<div class="khoi-sb" id="khoi_9"><div class="td-khoi"><span>Xem nhiều</span></div><ul class="ds-xn">{most}</ul></div>"""
        )
    parts.append(
        f"""<div class="khoi-sb" id="khoi_12"><div class="td-khoi"><span>Trường khác</span></div>
<select class="form-control input-sm" onchange="if(this.value)location.href=this.value"><option value="">-- Chọn trường --</option>{''.join(f'<option value="{s.root}/">{rz(s.name)}</option>' for s in others)}</select>
<ul class="ds-truong">{truong}</ul></div>
<div class="khoi-sb" id="khoi_13"><div class="td-khoi"><span>Liên kết website</span></div>
<select class="form-control input-sm" onchange="window.open(this.value)"><option>-- Liên kết --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://lamdong.edu.vn">Sở GD&amp;ĐT Lâm Đồng</option><option value="https://ductrong.lamdong.gov.vn">UBND huyện Đức Trọng</option></select></div>
<div class="khoi-sb" id="khoi_15"><div class="td-khoi"><span>Thăm dò ý kiến</span></div>
<form action="{school.root}/BinhChon/BieuQuyet" method="post" class="f-bc"><input name="__RequestVerificationToken" type="hidden" value="CfDJ8Kq3_x0bA7c9mYz" />
<p>Bạn đánh giá thế nào về website của trường?</p>
<label><input type="radio" name="PhuongAnId" value="31" /> Rất hữu ích</label><br /><label><input type="radio" name="PhuongAnId" value="32" /> Hữu ích</label><br /><label><input type="radio" name="PhuongAnId" value="33" /> Bình thường</label><br />
<button type="submit" class="btn btn-xs btn-primary">Biểu quyết</button></form></div>
<div class="khoi-sb tk-truycap" id="khoi_16"><div class="td-khoi"><span>Thống kê truy cập</span></div>
<ul><li><i class="fa fa-user"></i> Đang online: <b>17</b></li><li><i class="fa fa-calendar-o"></i> Hôm nay: <b>342</b></li><li><i class="fa fa-bar-chart"></i> Tổng truy cập: <b>1.204.557</b></li></ul></div>
</div>"""
    )
    return "\n".join(parts)


def footer(school: School, script: str = "") -> str:
    schools = " | ".join(f'<a href="{s.root}/">{rz(s.short)}</a>' for s in [OUR, *SIBLINGS] if s is not school)
    return f"""</div></div>
<footer class="ft-th03"><div class="container"><div class="row">
<div class="col-md-8"><p class="ten-ft"><strong>{rz(school.name.upper())} - ĐỨC TRỌNG</strong></p>
<p>Địa chỉ: {rz(school.commune)}, huyện Đức Trọng, tỉnh Lâm Đồng</p>
<p>Điện thoại: 0263 3843 512 - Email: {school.folder.split('-')[0]}.{school.folder.split('-')[1]}@lamdong.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng nhà trường</p></div>
<div class="col-md-4"><p><strong>Các trường trong hệ thống</strong></p><p class="ds-ht">{schools}</p>
<p class="bq">© 2026 {rz(school.name)}. Thiết kế bởi <a href="https://skschool.vn" target="_blank">SKSchool</a></p></div>
</div></div></footer>
<a href="#" id="len-dau" title="Lên đầu trang"><i class="fa fa-chevron-up"></i></a>
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOjqsOn5uYVr7QuY1"></script>
<script src="/bundles/bootstrap?v=2Fz3B0iizV2NnnamQFrx-NbYJNTFeBJ2GM05SilbtQU1"></script>
<script src="/Themes/Theme03/js/jquery.lazyload.min.js"></script>
<script>$(function(){{$("img.lazy").lazyload({{effect:"fadeIn"}});}});</script>
{script}
</body>
</html>"""


def page(request: Request, title: str, main: str, school: School = OUR, *, active: str = "", extra: str = "", desc: str = "", script: str = "") -> Response:
    body = (
        head(request, title, school, extra, desc)
        + header(school, active)
        + f'<div class="col-md-9 cot-trai">\n{main}\n</div>\n'
        + sidebar(school)
        + footer(school, script)
    )
    return html(body, headers={"X-AspNetMvc-Version": "5.2", "X-Powered-By": "ASP.NET", "Server": "Microsoft-IIS/8.5"})


# --- listings --------------------------------------------------------------------------------


def item_html(story: Story, href: str | None = None) -> str:
    href = href or art_path(story)
    return f"""<div class="o-tin row">
<div class="col-xs-4"><a href="{href}"><img class="img-responsive" src="{thumb(story)}" alt="{rz(story.title)}" /></a></div>
<div class="col-xs-8"><h4 class="td-tin"><a href="{href}">{rz(story.title)}</a></h4>
<p class="ng-tin"><i class="fa fa-clock-o"></i> {vn_date(dt_of(story))}</p>
<p class="mt-tin">{rz(snippet(story))}</p></div>
</div>"""


def pager(base: str, current: int, pages: int, ajax: bool) -> str:
    if pages <= 1:
        return ""
    attrs = ' data-ajax="true" data-ajax-method="GET" data-ajax-mode="replace" data-ajax-update="#ds_tin"' if ajax else ""

    def link(n: int, label: str, rel: str = "") -> str:
        rel_attr = f' rel="{rel}"' if rel else ""
        return f'<a{attrs} href="{base}?page={n}"{rel_attr}>{label}</a>'

    lis = []
    if current == 1:
        lis.append('<li class="disabled PagedList-skipToPrevious"><a rel="prev">«</a></li>')
    else:
        lis.append(f'<li class="PagedList-skipToPrevious">{link(current - 1, "«", "prev")}</li>')
    for n in range(1, pages + 1):
        if n == current:
            lis.append(f'<li class="active"><a>{n}</a></li>')
        else:
            lis.append(f"<li>{link(n, str(n))}</li>")
    if current == pages:
        lis.append('<li class="disabled PagedList-skipToNext"><a rel="next">»</a></li>')
    else:
        lis.append(f'<li class="PagedList-skipToNext">{link(current + 1, "»", "next")}</li>')
    return '<div class="pagination-container"><ul class="pagination">' + "".join(lis) + "</ul></div>"


def page_no(request: Request) -> int | None:
    raw = request.params.get("page", "1") or "1"
    return int(raw) if raw.isdigit() and int(raw) >= 1 else None


def listing(request: Request, stories: list[Story], size: int, base: str, title: str, crumb: list, ajax: bool) -> Response | None:
    n = page_no(request)
    if n is None:
        return None
    pages = max(1, -(-len(stories) // size))
    chunk = stories[(n - 1) * size : n * size]
    items = "\n".join(item_html(s) for s in chunk) or '<p class="kq-rong">Không có bài viết nào.</p>'
    partial = f'<div id="ds_tin">{items}\n{pager(base, n, pages, ajax)}</div>'
    if request.headers.get("X-Requested-With") == "XMLHttpRequest":
        return html(partial)
    main = f'{crumbs(crumb)}<h1 class="td-dm">{rz(title)}</h1>\n{partial}'
    return page(request, title + (f" - Trang {n}" if n > 1 else ""), main, active="news")


def news(request: Request) -> Response | None:
    return listing(request, STORIES, NEWS_PAGE, f"{ROOT}/tin-tuc", "Tin tức", [("Trang chủ", f"{ROOT}/"), ("Tin tức", None)], True)


def category(request: Request, cat: Cat) -> Response | None:
    stories = [s for s in STORIES if s.cat == cat.name]
    crumb = [("Trang chủ", f"{ROOT}/"), ("Tin tức", f"{ROOT}/tin-tuc"), (cat.name, None)]
    return listing(request, stories, CAT_PAGE, cat.path, cat.name, crumb, False)


# --- home and load-more ----------------------------------------------------------------------

LOADMORE_JS = """<script>
var skip = %d, dangTai = false;
$("#btnXemThem").on("click", function () {
  if (dangTai) return; dangTai = true;
  $.getJSON("%s/Home/LoadMore", { skip: skip, take: 6 }, function (kq) {
    $.each(kq.Data, function (i, x) {
      $("#ds_moi").append('<li class="o-moi"><a href="' + x.Url + '">' + x.TieuDe + '</a> <span>' + ngay(x.NgayDang) + '</span></li>');
    });
    skip += kq.Data.length; dangTai = false;
    if (!kq.HasMore) $("#btnXemThem").hide();
  });
});
function ngay(s) { var d = new Date(parseInt(s.substr(6))); return ("0" + d.getDate()).slice(-2) + "/" + ("0" + (d.getMonth() + 1)).slice(-2) + "/" + d.getFullYear(); }
</script>"""


def home(request: Request) -> Response:
    slides = "".join(
        f'<div class="item{" active" if i == 0 else ""}"><a href="{home_path(BY_ID[sid])}"><img src="{UPLOADS}/slide/bv_{sid}.jpg" alt="" /></a>'
        f'<div class="carousel-caption"><a href="{home_path(BY_ID[sid])}">{rz(BY_ID[sid].title)}</a></div></div>'
        for i, sid in enumerate(SLIDER)
    )
    newest = "".join(
        f'<li class="o-moi"><a href="{home_path(s)}">{rz(s.title)}</a> <span>{vn_date(dt_of(s))}</span></li>'
        for s in STORIES[:HOME_NEW]
    )
    blocks = []
    for c in CATS:
        items = [s for s in STORIES if s.cat == c.name][:3]
        first, rest = items[0], items[1:]
        blocks.append(
            f"""<div class="khoi-dm" id="dm_{c.id}"><div class="td-khoi"><a href="{c.path}">{rz(c.name)}</a></div>
<div class="row"><div class="col-sm-6"><a href="{home_path(first)}"><img class="img-responsive" src="{thumb(first)}" alt="" /></a>
<h4><a href="{home_path(first)}">{rz(first.title)}</a></h4><p>{rz(snippet(first))}</p></div>
<div class="col-sm-6"><ul class="ds-dm">{''.join(f'<li><a href="{home_path(s)}">{rz(s.title)}</a></li>' for s in rest)}</ul></div></div></div>"""
        )
    main = f"""<div id="slide_tin" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div>
<a class="left carousel-control" href="#slide_tin" data-slide="prev"><span class="glyphicon glyphicon-chevron-left"></span></a>
<a class="right carousel-control" href="#slide_tin" data-slide="next"><span class="glyphicon glyphicon-chevron-right"></span></a></div>
<div class="khoi-moi"><div class="td-khoi"><span>Tin mới</span></div><ul id="ds_moi">{newest}</ul>
<div class="text-center"><a id="btnXemThem" class="btn btn-default btn-xt" href="javascript:;" data-skip="{HOME_NEW}" data-take="6">Xem thêm <i class="fa fa-angle-double-down"></i></a></div></div>
{''.join(blocks)}"""
    return page(request, "Trang chủ", main, active="home", script=LOADMORE_JS % (HOME_NEW, ROOT))


def json_date(when: datetime) -> str:
    return f"\\/Date({int(when.timestamp() * 1000)})\\/"


def load_more(request: Request) -> Response | None:
    p = request.params
    skip, take = p.get("skip", "0"), p.get("take", "6")
    if not (skip.isdigit() and take.isdigit()):
        return Response(
            500,
            "<h1>Server Error in '/' Application.</h1><p>Input string was not in a correct format.</p>",
            {"Content-Type": "text/html; charset=utf-8"},
        )
    skip_n, take_n = int(skip), min(int(take), 12)
    chunk = STORIES[skip_n : skip_n + take_n]
    data = [
        {
            "Id": s.id,
            "TieuDe": s.title,
            "Slug": s.slug,
            "MoTa": snippet(s),
            "AnhDaiDien": thumb(s),
            "NgayDang": "@@DATE@@",
            "LuotXem": s.views(),
            "Url": art_path(s),
        }
        for s in chunk
    ]
    text_json = json.dumps({"Data": data, "HasMore": skip_n + take_n < len(STORIES)}, ensure_ascii=False, separators=(",", ":"))
    for s in chunk:
        text_json = text_json.replace('"@@DATE@@"', f'"{json_date(dt_of(s))}"', 1)
    for ch, rep in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        text_json = text_json.replace(ch, rep)
    return Response(200, text_json.encode("utf-8"), {"Content-Type": "application/json; charset=utf-8"})


# --- article ---------------------------------------------------------------------------------


def date_html(story: Story) -> str:
    when = dt_of(story)
    printed = us_date(when)
    days = (TODAY.date() - when.date()).days
    if 0 < days < 7:
        return f'Ngày đăng: <span class="timeago" title="{printed}">{days} ngày trước</span>'
    return f"Ngày đăng: {printed}"


def article(request: Request, story: Story) -> Response:
    cat = CAT_OF[story.id]
    info = [f'<span class="nd"><i class="fa fa-calendar"></i> {date_html(story)}</span>']
    if "updated" in story.opts:
        upd = datetime.strptime(story.opts["updated"], "%Y-%m-%d %H:%M:%S")
        info.append(f'<span class="cn"><i class="fa fa-pencil"></i> Cập nhật: {us_date(upd, upd.second)}</span>')
    info.append(f'<span class="lx"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>')
    if "byline_info" in story.opts:
        info.append(f'<span class="tg"><i class="fa fa-user"></i> Tác giả: {rz(story.opts["byline_info"])}</span>')
    info.append('<span class="nguoidang">Người đăng: cva_quantri</span>')
    sapo = f'<div class="tomtat-bv"><strong>{rz(story.summary)}</strong></div>' if story.sapo_outside else ""
    files = ""
    if story.opts.get("files"):
        lis = "".join(
            f'<li><i class="fa fa-file-pdf-o"></i> <a href="{UPLOADS}/files/2026/{fname}" target="_blank">{fname}</a> <span class="kt">({size})</span></li>'
            for fname, size in story.opts["files"]
        )
        files = f'<div class="dk-bv"><p class="lbl-dk"><i class="fa fa-paperclip"></i> Tệp đính kèm:</p><ul>{lis}</ul></div>'
    others = [s for s in STORIES if s.cat == story.cat and s.id != story.id][:3]
    bvk = "".join(
        f'<li><a href="{art_path(s)}">{rz(s.title)}</a> <span class="ng">({vn_date(dt_of(s))})</span></li>' for s in others
    )
    canonical = base_url(request) + art_path(story)
    first_img = story.images[0].src if story.images else thumb(story)
    extra = (
        f'<link rel="canonical" href="{canonical}" />\n'
        f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{rz(story.title)}" />\n'
        f'<meta property="og:url" content="{canonical}" />\n<meta property="og:image" content="{base_url(request)}{first_img}" />\n'
    )
    keywords = ", ".join(w for w in (cat.name, "THCS Chu Văn An", "Đức Trọng"))
    main = f"""{crumbs([("Trang chủ", f"{ROOT}/"), ("Tin tức", f"{ROOT}/tin-tuc"), (cat.name, cat.path)])}
<div class="bv-ct" id="bv_{story.id}">
<h1 class="td-bv">{rz(story.title)}</h1>
<div class="tt-bv clearfix">{' '.join(info)}</div>
<div class="cong-cu">Cỡ chữ: <a href="javascript:void(0)" onclick="coChu(-1)">A-</a> <a href="javascript:void(0)" onclick="coChu(0)">A</a> <a href="javascript:void(0)" onclick="coChu(1)">A+</a> | <a href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a> | <a href="mailto:?subject={quote(story.title)}&amp;body={quote(canonical)}"><i class="fa fa-envelope"></i> Gửi email</a></div>
<div class="doc-bai" id="tts_player"><span class="lbl"><i class="fa fa-headphones"></i> Nghe đọc bài viết</span>
<audio controls preload="none" src="https://tts.skschool.vn/audio/{FOLDER}/{story.id}.mp3"></audio>
<select class="giong-doc"><option>Giọng nữ miền Bắc</option><option>Giọng nam miền Nam</option><option>Giọng nữ miền Trung</option></select></div>
{sapo}
<div class="nd-bv" id="noidung_bv">
{render_blocks(story)}
<div class="clearfix"></div>
<div class="dg-bv">Bài viết có hữu ích với bạn? <button type="button" class="btn btn-xs" data-id="{story.id}" data-v="1"><i class="fa fa-thumbs-up"></i> Có ({story.id % 17 + 3})</button> <button type="button" class="btn btn-xs" data-id="{story.id}" data-v="0">Không ({story.id % 3})</button></div>
<div class="fb-like" data-href="{canonical}" data-layout="button_count" data-action="like" data-share="true"></div>
</div>
{files}
<div class="tk-bv">Từ khóa: {', '.join(f'<span class="tk">{rz(k)}</span>' for k in keywords.split(', '))}</div>
<div class="bvk"><h3 class="td-khoi"><span>Bài viết khác</span></h3><ul>{bvk}</ul></div>
</div>"""
    return page(request, story.title, main, active="news", extra=extra, desc=snippet(story))


# --- the other pages -------------------------------------------------------------------------

DOCS = [
    (88, "ke-hoach-thuc-hien-nhiem-vu-nam-hoc-2026-2027", "45/KH-THCSCVA", "05/09/2026", "Kế hoạch",
     "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027", "KH-45-NhiemVuNamHoc.pdf"),
    (91, "quy-che-chi-tieu-noi-bo-nam-2026", "12/QĐ-THCSCVA", "15/01/2026", "Quyết định",
     "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026", "QD-12-QCCTNB-2026.pdf"),
]
ALBUM = (15, "dai-hoi-lien-doi-2026-2027", "Đại hội Liên đội nhiệm kỳ 2026 - 2027")


def doc_path(d: tuple) -> str:
    return f"{ROOT}/van-ban/{d[1]}-{d[0]}"


def intro(request: Request) -> Response:
    main = f"""{crumbs([("Trang chủ", f"{ROOT}/"), ("Giới thiệu", None)])}
<h1 class="td-bv">Giới thiệu chung</h1>
<div class="nd-gt"><p>Trường THCS Chu Văn An được thành lập năm 1994 trên cơ sở tách ra từ Trường PTCS Hiệp Thạnh, đóng tại xã Hiệp Thạnh, huyện Đức Trọng, tỉnh Lâm Đồng.</p>
<p>Năm học 2026 - 2027, trường có 24 lớp với 912 học sinh, 58 cán bộ, giáo viên, nhân viên; trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2.</p>
<p>Phương châm của nhà trường: “Kỷ cương - Tình thương - Trách nhiệm”.</p></div>"""
    return page(request, "Giới thiệu chung", main)


def staff(request: Request) -> Response:
    rows = [
        ("Trần Minh Đức", "Hiệu trưởng", "Ngữ văn"),
        ("Phạm Thị Ngọc Lan", "Phó Hiệu trưởng", "Toán"),
        ("Nguyễn Văn Sáu", "Tổ trưởng tổ Toán - Tin", "Toán"),
        ("Lương Thị Thanh Tâm", "Tổ trưởng tổ Ngữ văn - GDCD", "Ngữ văn"),
        ("Vũ Thị Hồng Nhung", "Tổ trưởng tổ Khoa học tự nhiên", "KHTN"),
    ]
    trs = "".join(f"<tr><td>{i}</td><td>{rz(a)}</td><td>{rz(b)}</td><td>{rz(c)}</td></tr>" for i, (a, b, c) in enumerate(rows, 1))
    main = f"""{crumbs([("Trang chủ", f"{ROOT}/"), ("Giới thiệu", f"{ROOT}/gioi-thieu"), ("Đội ngũ cán bộ, giáo viên", None)])}
<h1 class="td-bv">Đội ngũ cán bộ, giáo viên</h1>
<table class="table table-bordered bg-dn"><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Môn</th></tr></thead><tbody>{trs}</tbody></table>"""
    return page(request, "Đội ngũ cán bộ, giáo viên", main)


def contact(request: Request) -> Response:
    main = f"""{crumbs([("Trang chủ", f"{ROOT}/"), ("Liên hệ", None)])}
<h1 class="td-bv">Liên hệ</h1>
<p><strong>TRƯỜNG THCS CHU VĂN AN</strong><br />Địa chỉ: xã Hiệp Thạnh, huyện Đức Trọng, tỉnh Lâm Đồng<br />Điện thoại: 0263 3843 512</p>
<form action="{ROOT}/lien-he" method="post" class="f-lh"><input name="__RequestVerificationToken" type="hidden" value="pQ7mZ2vT9yL0xR4wK8nB" />
<div class="form-group"><label>Họ tên</label><input class="form-control" name="HoTen" /></div>
<div class="form-group"><label>Email</label><input class="form-control" name="Email" type="email" /></div>
<div class="form-group"><label>Nội dung</label><textarea class="form-control" name="NoiDung" rows="5"></textarea></div>
<button type="submit" class="btn btn-primary">Gửi liên hệ</button></form>"""
    if request.method == "POST":
        main = main.replace('<h1 class="td-bv">Liên hệ</h1>', '<h1 class="td-bv">Liên hệ</h1><div class="alert alert-success">Cảm ơn bạn đã gửi liên hệ.</div>')
    return page(request, "Liên hệ", main)


def docs_list(request: Request) -> Response:
    trs = "".join(
        f'<tr><td>{rz(d[2])}</td><td>{d[3]}</td><td><a href="{doc_path(d)}">{rz(d[5])}</a></td></tr>' for d in DOCS
    )
    main = f"""{crumbs([("Trang chủ", f"{ROOT}/"), ("Văn bản", None)])}
<h1 class="td-dm">Văn bản</h1>
<table class="table table-striped bg-vb"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead><tbody>{trs}</tbody></table>"""
    return page(request, "Văn bản", main)


def doc_page(request: Request, d: tuple) -> Response:
    main = f"""{crumbs([("Trang chủ", f"{ROOT}/"), ("Văn bản", f"{ROOT}/van-ban"), (d[2], None)])}
<h1 class="td-bv">{rz(d[5])}</h1>
<table class="table table-bordered ct-vb"><tbody>
<tr><th>Số/Ký hiệu</th><td>{rz(d[2])}</td></tr><tr><th>Loại văn bản</th><td>{rz(d[4])}</td></tr>
<tr><th>Ngày ban hành</th><td>{d[3]}</td></tr><tr><th>Người ký</th><td>Trần Minh Đức</td></tr>
<tr><th>Trích yếu</th><td>{rz(d[5])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{UPLOADS}/vanban/{d[6]}"><i class="fa fa-download"></i> Tải về</a></td></tr></tbody></table>"""
    return page(request, d[5], main)


def album_path() -> str:
    return f"{ROOT}/thu-vien-anh/{ALBUM[1]}-{ALBUM[0]}"


def albums(request: Request) -> Response:
    main = f"""{crumbs([("Trang chủ", f"{ROOT}/"), ("Thư viện ảnh", None)])}
<h1 class="td-dm">Thư viện ảnh</h1>
<div class="row"><div class="col-sm-4 o-album"><a href="{album_path()}"><img src="{UPLOADS}/album/{ALBUM[0]}/bia.jpg" class="img-responsive" alt="" /></a><p><a href="{album_path()}">{rz(ALBUM[2])}</a></p></div></div>"""
    return page(request, "Thư viện ảnh", main)


def album(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-xs-6 col-sm-4"><a href="{UPLOADS}/album/{ALBUM[0]}/{n:02d}.jpg" data-lightbox="ab"><img src="{UPLOADS}/album/{ALBUM[0]}/thumb_{n:02d}.jpg" class="img-responsive" alt="" /></a></div>'
        for n in range(1, 7)
    )
    main = f"""{crumbs([("Trang chủ", f"{ROOT}/"), ("Thư viện ảnh", f"{ROOT}/thu-vien-anh"), (ALBUM[2], None)])}
<h1 class="td-bv">{rz(ALBUM[2])}</h1><p class="ng-tin">Ngày tạo: 10/15/2026 9:12:44 AM - 6 ảnh</p>
<div class="row ds-anh">{pics}</div>"""
    return page(request, ALBUM[2], main)


# --- the other schools on the host -------------------------------------------------------------

SIB_STORIES = {
    "th-kimdong-ductrong": Story(
        2207, "hoc-sinh-truong-th-kim-dong-tham-gia-ngay-hoi-doc-sach",
        "Học sinh Trường TH Kim Đồng tham gia Ngày hội đọc sách", "Tin tức - Sự kiện", None,
        [P("Sáng 26/11/2026, Trường TH Kim Đồng tổ chức Ngày hội đọc sách với sự tham gia của 640 học sinh."),
         P("Các lớp trưng bày góc sách, thi kể chuyện theo sách và giới thiệu những cuốn sách hay.")],
        opts={"dt": "2026-11-26 10:20"},
    ),
    "thcs-nguyendu-ductrong": Story(
        1912, "truong-thcs-nguyen-du-to-chuc-hoi-thi-em-yeu-khoa-hoc",
        "Trường THCS Nguyễn Du tổ chức Hội thi “Em yêu khoa học”", "Hoạt động chuyên môn", None,
        [P("Ngày 19/11/2026, Trường THCS Nguyễn Du tổ chức Hội thi “Em yêu khoa học” cho học sinh khối 6, 7."),
         P("Hội thi có 14 đội tham gia với các phần thi kiến thức, thực hành thí nghiệm và sản phẩm sáng tạo.")],
        opts={"dt": "2026-11-19 15:05"},
    ),
    "mn-hoahong-ductrong": Story(
        3055, "be-vui-hoi-20-11", "Bé vui hội 20/11", "Tin tức - Sự kiện", None,
        [P("Chào mừng Ngày Nhà giáo Việt Nam, các bé Trường MN Hoa Hồng biểu diễn văn nghệ tặng cô."),
         P("Những tiết mục múa hát hồn nhiên của các bé đã mang lại niềm vui cho các cô giáo.")],
        opts={"dt": "2026-11-18 16:45"},
    ),
}


def sib_home(request: Request, school: School) -> Response:
    s = SIB_STORIES[school.folder]
    href = f"{school.root}/bai-viet/{s.slug}-{s.id}"
    main = f"""<div class="khoi-moi"><div class="td-khoi"><span>Tin mới</span></div>
{item_html(s, href)}</div>"""
    return page(request, "Trang chủ", main, school)


def sib_article(request: Request, school: School, s: Story) -> Response:
    when = dt_of(s)
    canonical = base_url(request) + f"{school.root}/bai-viet/{s.slug}-{s.id}"
    main = f"""{crumbs([("Trang chủ", f"{school.root}/"), (s.cat, None)])}
<div class="bv-ct" id="bv_{s.id}"><h1 class="td-bv">{rz(s.title)}</h1>
<div class="tt-bv clearfix"><span class="nd"><i class="fa fa-calendar"></i> Ngày đăng: {us_date(when)}</span> <span class="lx"><i class="fa fa-eye"></i> Lượt xem: {s.views()}</span></div>
<div class="nd-bv" id="noidung_bv">{render_blocks(s)}</div></div>"""
    return page(request, s.title, main, school, extra=f'<link rel="canonical" href="{canonical}" />\n')


def host_root(request: Request) -> Response:
    lis = "".join(f'<li><a href="{s.root}/">{rz(s.name)}</a> - {rz(s.commune)}</li>' for s in [OUR, *SIBLINGS])
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Hệ thống website trường học - Đức Trọng</title>
<link href="/Content/css?v=Yp3l8sH2qvK0cAq1mVQy0M4eZ7n6y2yQb3iW9g0Kx3A1" rel="stylesheet"/></head>
<body class="portal-ht"><div class="container"><h1>HỆ THỐNG WEBSITE TRƯỜNG HỌC</h1><p>Phòng Giáo dục và Đào tạo huyện Đức Trọng</p>
<ul class="ds-truong-ht">{lis}</ul><p class="bq">© 2026 SKSchool</p></div></body></html>"""
    return html(body)


# --- routing ---------------------------------------------------------------------------------

_ART = re.compile(rf"^/{FOLDER}/bai-viet/(?P<slug>[a-z0-9-]+?)-(?P<id>\d+)/?$")
_ROUTE = re.compile(rf"^/{FOLDER}/baiviet/chitiet/(?P<id>\d+)/?$")
_CAT = re.compile(rf"^/{FOLDER}/danh-muc/(?P<slug>[a-z0-9-]+?)-(?P<id>\d+)/?$")
_DOC = re.compile(rf"^/{FOLDER}/van-ban/(?P<slug>[a-z0-9-]+?)-(?P<id>\d+)/?$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if low.startswith("/bundles/") or low.startswith("/content/css"):
            ctype = "text/css" if low.startswith("/content") else "application/javascript"
            return Response(200, b"/* bundle */", {"Content-Type": ctype})
        if low.startswith("/uploads/") and low.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        static = static_file(path)
        if static is not None:
            return static
        if low == "/":
            return host_root(request)
        if low in (ROOT, ROOT + "/", f"{ROOT}/Home".lower(), f"{ROOT}/Home/Index".lower()):
            return home(request)
        if low == f"{ROOT}/Home/LoadMore".lower():
            return load_more(request)
        if low.rstrip("/") == ROOT + "/tin-tuc":
            return news(request)
        simple = {
            "gioi-thieu": intro,
            "doi-ngu": staff,
            "lien-he": contact,
            "van-ban": docs_list,
            "thu-vien-anh": albums,
        }
        tail = low[len(ROOT) + 1 :].rstrip("/") if low.startswith(ROOT + "/") else None
        if tail in simple:
            return simple[tail](request)
        if low.rstrip("/") == album_path():
            return album(request)
        if m := _ART.match(low):
            story = BY_ID.get(int(m["id"]))
            return article(request, story) if story else None
        if m := _ROUTE.match(low):
            story = BY_ID.get(int(m["id"]))
            return article(request, story) if story else None
        if m := _CAT.match(low):
            cat = next((c for c in CATS if c.id == int(m["id"])), None)
            return category(request, cat) if cat else None
        if m := _DOC.match(low):
            d = next((d for d in DOCS if d[0] == int(m["id"])), None)
            return doc_page(request, d) if d else None
        for school in SIBLINGS:
            if low in (school.root, school.root + "/"):
                return sib_home(request, school)
            s = SIB_STORIES[school.folder]
            if low.rstrip("/") == f"{school.root}/bai-viet/{s.slug}-{s.id}":
                return sib_article(request, school, s)
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------


def _alt(story: Story) -> list[str]:
    alts = []
    if story.opts.get("old_slug"):
        alts.append(art_path(story, story.opts["old_slug"]))
    alts.append(route_path(story))
    return alts


GOLD = [
    gold_record(story, art_path(story), CAT_OF[story.id].name, canonical_path=art_path(story), alt_paths=_alt(story))
    for story in STORIES
]

NON_ARTICLES = [
    f"{ROOT}/gioi-thieu",
    f"{ROOT}/doi-ngu",
    f"{ROOT}/lien-he",
    doc_path(DOCS[0]),
    doc_path(DOCS[1]),
    album_path(),
]
