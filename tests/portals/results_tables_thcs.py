"""Trường THCS Trần Phú (TP. Phủ Lý, Hà Nam) on a vendor "web trường học" CMS (PHP, the kind
a provincial telecom or a small software house sells to every school of a province).

Platform
--------
An old PHP school-site product: the page is laid out with nested ``<table>`` elements (a
1000px frame: header row with the logo and the clock "Hôm nay: Thứ Sáu, 04/12/2026", a menu
row, then three cells: left menu, content, right column; a footer row). The left menu and the
visitor counter ("Đang online / Hôm nay / Tổng truy cập") are tables too. None of these tables
is data.

Two article templates are in use (the vendor changed skins in 2026, old posts keep theirs)::

    <div class="news-detail">                         <div class="news-detail tde">
      <h1 class="nd-title">…</h1>                       <div class="tde-tieude"><h2>…</h2></div>
      <div class="nd-date">Ngày đăng: 12/11/2026        <div class="tde-ngay">Ngày đăng: … |
        | Lượt xem: 321 + tools (In bài, Email,           Lượt xem: … + tools</div>
        Chia sẻ)</div>                                  <div class="tde-bai">…</div>
      <div class="nd-sapo"><b>…</b></div> (some)        <div class="nd-related">…</div>
      <div class="nd-bai">…editor HTML…</div>
      <div class="nd-related"><b>Các tin khác</b>…</div>
    </div>

The breadcrumb above it: "Trang chủ » Tin nhà trường » Thi đua - Khen thưởng" (Thi đua -
Khen thưởng is a sub-category of Tin nhà trường).

URL scheme
----------
- ``/`` home: the newest post as a featured box, "Tin mới" (the next 5), a "Tuyển sinh" box;
  the right column lists the Thông báo posts and "Tin đọc nhiều".
- ``/tin-tuc/<slug>-<id>.html``: a post. The CMS finds posts by id but checks the slug against
  the current slug *or* the slug the post had when first saved (a renamed post keeps answering
  at its old address).
- ``/danh-muc/<slug>-<catid>/<page>.html``: a category listing, 8 per page, newest first; page
  links "1 2 »". Tin nhà trường (catid 1) lists its own posts *and* those of its sub-category
  Thi đua - Khen thưởng (catid 2); Thông báo is catid 3, Tuyển sinh catid 4.
- ``/thong-bao.html``: the "Thông báo" list of the menu (all notices, no pagination).
- Static pages: ``/gioi-thieu.html``, ``/lien-he.html``, ``/lich-cong-tac-tuan.html`` (the week's
  schedule as a big table), ``/danh-sach-giao-vien.html`` (staff table), ``/thu-vien-anh.html``
  (albums). ``/binh-chon.html`` is the poll's form target (POST; a GET shows the results).
- Uploads: ``/uploads/news/<yyyy_mm>/<file>.jpg``, thumbnails ``…/thumb/…``, files
  ``/uploads/files/<yyyy>/<mm>/<file>``; skin images under ``/images/``.

The posts: mostly data tables
-----------------------------
Five of the 13 posts are results or lists: a short intro paragraph, then a large table (42-110
rows), a closing line ("Nhà trường chúc mừng …") and a byline. The tables come in three forms:

- pasted from Word: ``<table class="MsoTableGrid">``, every cell a ``<p class="MsoNormal">``
  with spans, the header row in ``<td>`` with ``<b>``;
- plain ``<table border="1">`` with a ``<th>`` header row;
- the same inside ``<div style="overflow-x:auto">`` (the Olympic post), whose header row uses
  ``colspan="2"`` once ("Kết quả" over Điểm and Giải).

No empty cells and no rowspans. The HSG post has two tables with a bold line before each
("Danh sách học sinh đạt giải cấp huyện", "Danh sách giáo viên có học sinh đạt giải") and a
download line for the full list ``Danh_sach_HSG.xlsx``.

How each gold article is reached
--------------------------------
- The six newest: home page (featured + "Tin mới"), their category listings page 1.
- Thông báo posts: right column of every page, ``/thong-bao.html``, ``/danh-muc/thong-bao-3/1.html``.
- Tuyển sinh posts: the home box, ``/danh-muc/tuyen-sinh-4/1.html``.
- The rest: category listings page 1 and "Các tin khác" (3 newest of the same category).
- ``truong-thcs-tran-phu-khai-giang-nam-hoc-2026-2027-2655`` (the oldest) only on
  ``/danh-muc/tin-nha-truong-1/2.html``.

Traps
-----
- Layout tables everywhere (frame, menu, counter, and an image-with-caption table inside one
  post): not data, not body.
- Data tables are the body: one paragraph per row, header row included, cells joined " | ";
  the colspan header cell is printed once.
- The old slug of the HSG post (``ket-qua-thi-hsg-cap-huyen-lop-9-2841``) is still linked by the
  "Tin đọc nhiều" widget and serves the same post (gold ``alt_paths``); og:url names the new one.
- The attachment line ("Tải về: Danh_sach_HSG.xlsx") sits inside the body div: not body.
- Header clock "Hôm nay: Thứ Sáu, 04/12/2026" is not a publication date; the schedule page is
  full of dates and is not an article; the staff page is a table of names, not an article.
- Signature blocks: "Ban Giám hiệu" (a unit: the author), "Thầy Lê Văn Hòa - Tổ trưởng Tổ Toán"
  (→ Lê Văn Hòa), "ThS. Đỗ Thị Minh Nguyệt - Phó Hiệu trưởng" (→ Đỗ Thị Minh Nguyệt),
  "HIỆU TRƯỞNG / Nguyễn Văn Thắng" (the name), "BBT" (nobody).
- A ``<br>`` inside a paragraph of one notice makes two paragraphs.

Gold decisions
--------------
- title: the h1/h2 of the template; published_at: "Ngày đăng: dd/mm/yyyy" (no time printed).
- summary: the ``nd-sapo`` box (first body paragraph) or a bold opening paragraph; results posts
  have none. source: "Theo Cổng TTĐT thành phố Phủ Lý" → that name.
- images: photos in the body with the line under them (italic, centred, plain, or the caption
  cell of the image table); listing thumbnails, logo, icons, banners are not article images.
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "results_tables_thcs"
PLATFORM = "Vendor 'web trường học' PHP CMS (table layout, news-detail / nd-bai / tde-bai)"
START_PATH = "/"

SCHOOL = "Trường THCS Trần Phú"
HEADER_TODAY = "Hôm nay: Thứ Sáu, 04/12/2026"
PER_PAGE = 8

CATEGORIES = {
    "tin-nha-truong": "Tin nhà trường",
    "thi-dua-khen-thuong": "Thi đua - Khen thưởng",
    "thong-bao": "Thông báo",
    "tuyen-sinh": "Tuyển sinh",
}
CAT_IDS = {"tin-nha-truong": 1, "thi-dua-khen-thuong": 2, "thong-bao": 3, "tuyen-sinh": 4}
#: a listing shows its own posts and those of these sub-categories
SUBCATS = {"tin-nha-truong": ["thi-dua-khen-thuong"]}


def cat_url(key: str, page: int = 1) -> str:
    return f"/danh-muc/{key}-{CAT_IDS[key]}/{page}.html"


@dataclass(frozen=True)
class Table:
    """A data table: ``head`` is (text, colspan) cells, ``rows`` plain cells; ``form`` is how it was
    pasted: "mso" (Word), "plain" (border=1 with th), "scroll" (plain inside overflow-x div)."""

    head: tuple[tuple[str, int], ...]
    rows: tuple[tuple[str, ...], ...]
    form: str = "plain"


# --- deterministic class lists ----------------------------------------------------------------

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Đinh",
      "Lương", "Trịnh", "Phan", "Tạ", "Đào", "Mai"]
DEM = ["Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Hải", "Quang", "Thanh", "Phương", "Gia",
       "Bảo", "Khánh", "Hoài", "Tuấn", "Diệu"]
TEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hiếu", "Hoa", "Huy", "Khoa", "Lan", "Linh",
       "Long", "Mai", "Minh", "Nam", "Ngân", "Phong", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tú",
       "Vy", "Yến", "Anh", "Đạt", "Nhung", "Khôi", "Ngọc", "Hưng"]


def person(i: int, seed: int) -> str:
    return f"{HO[(i * 7 + seed) % len(HO)]} {DEM[(i * 5 + seed * 3) % len(DEM)]} {TEN[(i * 11 + seed) % len(TEN)]}"


def quarter(q: int) -> str:
    """Quarter points as a Vietnamese score: 70 -> "17,5", 68 -> "17"."""
    whole, part = divmod(q, 4)
    return f"{whole},{['', '25', '5', '75'][part]}" if part else str(whole)


def score(i: int, seed: int, top: int) -> str:
    """A score, high to low down the list."""
    return quarter(top * 4 - (i * 2 + seed) // 3)


def prize(i: int, n: int) -> str:
    if i < n // 10:
        return "Nhất"
    if i < n * 3 // 10:
        return "Nhì"
    if i < n * 6 // 10:
        return "Ba"
    return "Khuyến khích"


SUBJECTS_9 = ["Toán", "Ngữ văn", "Tiếng Anh", "Khoa học tự nhiên", "Lịch sử và Địa lí", "Tin học",
              "GDCD"]

HSG_ROWS = tuple(
    (str(i + 1), person(i, 1), f"9A{i % 5 + 1}", SUBJECTS_9[i * 3 % 7], score(i, 1, 19),
     prize(i, 64))
    for i in range(64)
)
GV_HSG_ROWS = tuple(
    (str(i + 1), person(i, 9), SUBJECTS_9[i % 7], str(9 - i // 2), str(4 - i // 4 if i < 12 else 1))
    for i in range(14)
)
DOI_TUYEN_ROWS = tuple(
    (str(i + 1), person(i, 4), f"{(i * 7) % 28 + 1:02d}/{(i * 5) % 12 + 1:02d}/2012",
     f"9A{i % 5 + 1}", SUBJECTS_9[i // 6])
    for i in range(42)
)
OLYMPIC_ROWS = tuple(
    (str(i + 1), person(i, 6), f"{6 + i // 19}A{i % 4 + 1}", "Toán" if i % 2 == 0 else "Tiếng Anh",
     score(i, 2, 20), prize(i, 56))
    for i in range(56)
)


def _khao_sat(i: int) -> tuple[int, str, str, str, str]:
    toan = 10 * 4 - (i * 5) % 17
    van = 9 * 4 - (i * 3) % 13
    anh = 10 * 4 - (i * 7) % 19
    return (toan * 2 + van * 2 + anh, person(i, 8), f"9A{i % 5 + 1}",
            f"{quarter(toan)}|{quarter(van)}|{quarter(anh)}", quarter(toan * 2 + van * 2 + anh))


#: the 110 best totals, best first (SBD is the candidate number given before the test)
KHAO_SAT_ROWS = tuple(
    (str(n + 1), f"TP{(k * 37) % 230 + 1:03d}", name, cls, *marks.split("|"), total)
    for n, (k, (_q, name, cls, marks, total)) in enumerate(
        sorted(enumerate(_khao_sat(i) for i in range(110)), key=lambda kv: -kv[1][0])
    )
)
TO_CM = ["Tổ Toán - Tin", "Tổ Ngữ văn", "Tổ Ngoại ngữ", "Tổ Khoa học tự nhiên",
         "Tổ Khoa học xã hội", "Tổ Nghệ thuật - Thể chất"]
MON_DAY = {"Tổ Toán - Tin": "Toán", "Tổ Ngữ văn": "Ngữ văn", "Tổ Ngoại ngữ": "Tiếng Anh",
           "Tổ Khoa học tự nhiên": "Khoa học tự nhiên", "Tổ Khoa học xã hội": "Lịch sử và Địa lí",
           "Tổ Nghệ thuật - Thể chất": "Giáo dục thể chất"}
GVDG_ROWS = tuple(
    (str(i + 1), person(i, 12), TO_CM[i % 6], MON_DAY[TO_CM[i % 6]],
     "Xuất sắc" if i % 5 == 0 else "Giỏi")
    for i in range(44)
)


def head(*cells: str) -> tuple[tuple[str, int], ...]:
    return tuple((c, 1) for c in cells)


# --- the posts, newest first ------------------------------------------------------------------
# opts: tpl ("nd" | "tde"), old_slug, thumb, attach. P styles: "" justify, "b" bold line,
# "lead" bold opening (the sapo), "h3", "li" (bullets), "br" (a <br> follows: the next P is the
# rest of the same <p>). Img styles: "em" italic centred line, "center" centred plain line,
# "plain" an ordinary paragraph under the photo, "tbl" the caption cell of an image table.

U = "/uploads/news"

STORIES: list[Story] = [
    Story(
        2841, "ket-qua-thi-hoc-sinh-gioi-cap-huyen-lop-9-nam-hoc-2026-2027",
        "Kết quả thi học sinh giỏi cấp thành phố lớp 9 năm học 2026-2027",
        "thi-dua-khen-thuong", "2026-12-02",
        [
            P("Ngày 28/11/2026, Phòng GD&ĐT thành phố Phủ Lý đã công bố kết quả kỳ thi chọn học "
              "sinh giỏi lớp 9 cấp thành phố năm học 2026-2027. Trường THCS Trần Phú có 64 học sinh "
              "đạt giải ở 7 môn thi, trong đó có 6 giải Nhất, 13 giải Nhì, 19 giải Ba và 26 giải "
              "Khuyến khích; xếp thứ Nhất toàn đoàn khối THCS thành phố."),
            P("Danh sách học sinh đạt giải cấp huyện", "b"),
            Table(head("STT", "Họ và tên", "Lớp", "Môn thi", "Điểm", "Giải"), HSG_ROWS, "mso"),
            P("Danh sách giáo viên có học sinh đạt giải", "b"),
            Table(head("STT", "Họ và tên giáo viên", "Môn", "Số HS dự thi", "Số HS đạt giải"),
                  GV_HSG_ROWS, "plain"),
            Raw('<p><img src="/images/icons/xls.gif" alt="" width="16" height="16"> Tải về: '
                '<a href="/uploads/files/2026/12/Danh_sach_HSG.xlsx">Danh_sach_HSG.xlsx</a> '
                '(danh sách đầy đủ kèm điểm từng phần)</p>'),
            P("Nhà trường chúc mừng các em học sinh đạt giải và các thầy cô giáo đã tận tâm bồi "
              "dưỡng; mong các em tiếp tục nỗ lực trong kỳ thi học sinh giỏi cấp tỉnh sắp tới."),
            Raw('<p style="text-align:right"><strong>Ban Giám hiệu</strong></p>'),
        ],
        authors=["Ban Giám hiệu"],
        opts={"tpl": "nd", "old_slug": "ket-qua-thi-hsg-cap-huyen-lop-9"},
    ),
    Story(
        2835, "hoc-sinh-truong-thcs-tran-phu-tham-gia-hoi-khoe-phu-dong-cap-thanh-pho",
        "Học sinh Trường THCS Trần Phú tham gia Hội khỏe Phù Đổng cấp thành phố",
        "tin-nha-truong", "2026-11-30",
        [
            P("Từ ngày 24 đến 28/11/2026, đoàn vận động viên Trường THCS Trần Phú gồm 36 học sinh "
              "đã tham gia thi đấu 6 môn tại Hội khỏe Phù Đổng thành phố Phủ Lý lần thứ XII, giành "
              "tổng cộng 14 huy chương các loại."),
            Img(f"{U}/2026_11/hkpd-khai-mac.jpg", "Đoàn vận động viên nhà trường tại lễ khai mạc",
                "Đoàn vận động viên nhà trường tại lễ khai mạc", "em"),
            P("Ở môn điền kinh, em Trần Quốc Huy (lớp 9A2) xuất sắc giành Huy chương Vàng nội dung "
              "chạy 800m nam; em Lê Thị Ngọc Hà (lớp 8A1) giành Huy chương Bạc nội dung nhảy xa nữ."),
            P("Đội bóng bàn của trường tiếp tục khẳng định thế mạnh với 2 Huy chương Vàng đơn nam "
              "và đôi nữ. Môn cờ vua, cờ tướng và bơi lội mang về 3 Huy chương Bạc, 7 Huy chương Đồng."),
            Img(f"{U}/2026_11/hkpd-bong-ban.jpg", "Em Phạm Minh Khôi (lớp 9A4) trong trận chung kết "
                "đơn nam", "Em Phạm Minh Khôi (lớp 9A4) trong trận chung kết đơn nam", "em"),
            P("Thầy Đinh Văn Sơn, trưởng đoàn, cho biết các em đã tập luyện đều đặn từ đầu năm học "
              "vào các buổi chiều thứ Ba, thứ Năm dưới sự hướng dẫn của giáo viên Giáo dục thể chất."),
            P("Kết quả này góp phần đưa đoàn Trường THCS Trần Phú xếp thứ Ba toàn đoàn khối THCS."),
            Raw('<p style="text-align:right"><em><strong>Tin, ảnh: Nguyễn Thị Thu Hằng</strong></em></p>'),
        ],
        authors=["Nguyễn Thị Thu Hằng"], photographers=["Nguyễn Thị Thu Hằng"],
        opts={"tpl": "nd", "thumb": "hkpd-khai-mac.jpg"},
    ),
    Story(
        2829, "thong-bao-danh-sach-doi-tuyen-hoc-sinh-gioi-lop-9-du-thi-cap-tinh",
        "Thông báo danh sách đội tuyển học sinh giỏi lớp 9 dự thi cấp tỉnh và lịch ôn luyện",
        "thong-bao", "2026-11-27",
        [
            P("Căn cứ kết quả thi học sinh giỏi cấp thành phố và kết quả khảo sát vòng 2 của nhà "
              "trường, Ban Giám hiệu thông báo danh sách 42 học sinh tham gia đội tuyển lớp 9 dự thi "
              "học sinh giỏi cấp tỉnh năm học 2026-2027 như sau:"),
            Table(head("STT", "Họ và tên", "Ngày sinh", "Lớp", "Môn thi"), DOI_TUYEN_ROWS, "plain"),
            P("Lịch ôn luyện", "b"),
            P("Thời gian: từ ngày 01/12/2026 đến ngày 15/01/2027, các buổi chiều thứ Hai, thứ Tư, "
              "thứ Sáu hằng tuần.", "li"),
            P("Địa điểm: phòng học tầng 3 nhà B; môn Tin học học tại phòng máy số 2.", "li"),
            P("Giáo viên bồi dưỡng theo phân công của tổ chuyên môn.", "li"),
            P("Đề nghị giáo viên chủ nhiệm các lớp thông báo tới học sinh và cha mẹ học sinh để "
              "phối hợp thực hiện."),
            Raw('<p style="text-align:right"><strong>ThS. Đỗ Thị Minh Nguyệt - Phó Hiệu trưởng'
                '</strong></p>'),
        ],
        authors=["Đỗ Thị Minh Nguyệt"],
        opts={"tpl": "nd"},
    ),
    Story(
        2822, "tung-bung-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Tưng bừng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "tin-nha-truong", "2026-11-20",
        [
            P("Sáng 20/11, trong không khí trang trọng và ấm áp, Trường THCS Trần Phú tổ chức Lễ "
              "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tổng kết đợt thi đua “Hai tốt” chào mừng "
              "ngày hội của các thầy cô giáo."),
            Img(f"{U}/2026_11/le-20-11-van-nghe.jpg", "Tiết mục văn nghệ chào mừng của học sinh "
                "lớp 8A3", "Tiết mục văn nghệ chào mừng của học sinh lớp 8A3", "tbl"),
            P("Dự buổi lễ có đại diện lãnh đạo Phòng GD&ĐT thành phố, Đảng ủy, UBND phường Quang "
              "Trung, Ban đại diện cha mẹ học sinh cùng các thế hệ thầy cô giáo đã từng công tác tại "
              "trường."),
            P("Phát biểu tại buổi lễ, cô Hiệu trưởng Nguyễn Thị Lan Phương điểm lại chặng đường "
              "hơn 50 năm xây dựng và phát triển của nhà trường; năm học 2025-2026, trường có 112 "
              "lượt học sinh đạt giải học sinh giỏi các cấp, tỷ lệ đỗ vào lớp 10 công lập đạt 96,4%."),
            P("“Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo”, cô Hiệu "
              "trưởng nhắn nhủ."),
            Img(f"{U}/2026_11/le-20-11-khen-thuong.jpg", "Khen thưởng các tập thể, cá nhân xuất sắc "
                "trong đợt thi đua", "Khen thưởng các tập thể, cá nhân xuất sắc trong đợt thi đua",
                "tbl"),
            P("Nhân dịp này, nhà trường khen thưởng 8 tập thể lớp và 25 giáo viên có thành tích "
              "xuất sắc trong đợt thi đua; trao 20 suất học bổng “Tiếp bước đến trường” cho học "
              "sinh có hoàn cảnh khó khăn vươn lên trong học tập."),
            Img(f"{U}/2026_11/le-20-11-toan-canh.jpg"),
            P("Buổi lễ khép lại bằng những bó hoa tươi thắm và lời tri ân chân thành của các thế hệ "
              "học trò gửi tới thầy cô."),
            Raw('<p style="text-align:right"><strong>Tin: Phạm Thu Trang; Ảnh: Trần Quốc Khánh'
                '</strong></p>'),
        ],
        authors=["Phạm Thu Trang"], photographers=["Trần Quốc Khánh"],
        summary="Sáng 20/11, trong không khí trang trọng và ấm áp, Trường THCS Trần Phú tổ chức Lễ "
        "kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tổng kết đợt thi đua “Hai tốt” chào mừng ngày "
        "hội của các thầy cô giáo.",
        opts={"tpl": "nd", "thumb": "le-20-11-van-nghe.jpg", "sapo_box": True},
    ),
    Story(
        2816, "ket-qua-hoi-thi-olympic-toan-tieng-anh-lop-6-7-8-cap-truong",
        "Kết quả Hội thi Olympic Toán - Tiếng Anh lớp 6, 7, 8 cấp trường",
        "thi-dua-khen-thuong", "2026-11-16",
        [
            P("Thực hiện kế hoạch năm học, ngày 14/11/2026 Tổ Toán - Tin phối hợp Tổ Ngoại ngữ tổ "
              "chức Hội thi Olympic Toán - Tiếng Anh lớp 6, 7, 8 cấp trường với 186 học sinh tham "
              "dự. Ban Tổ chức đã chấm thi khách quan, công khai; kết quả cụ thể như sau:"),
            Table((("STT", 1), ("Họ và tên", 1), ("Lớp", 1), ("Môn thi", 1), ("Kết quả", 2)),
                  OLYMPIC_ROWS, "scroll"),
            P("Học sinh đạt giải Nhất, Nhì được chọn vào đội tuyển bồi dưỡng của nhà trường; danh "
              "sách đội tuyển sẽ được thông báo tới giáo viên chủ nhiệm trước ngày 25/11/2026."),
            P("Nhà trường chúc mừng các em đạt giải và ghi nhận sự cố gắng của tất cả học sinh tham gia."),
            Raw('<p style="text-align:right"><strong>Thầy Lê Văn Hòa - Tổ trưởng Tổ Toán</strong></p>'),
        ],
        authors=["Lê Văn Hòa"],
        opts={"tpl": "tde"},
    ),
    Story(
        2810, "chuyen-de-cap-thanh-pho-mon-ngu-van-8-tai-truong-thcs-tran-phu",
        "Chuyên đề cấp thành phố môn Ngữ văn 8 tại Trường THCS Trần Phú",
        "tin-nha-truong", "2026-11-11",
        [
            P("Ngày 10/11/2026, Phòng GD&ĐT thành phố Phủ Lý tổ chức chuyên đề “Dạy học đọc hiểu "
              "văn bản thơ theo đặc trưng thể loại” môn Ngữ văn 8 tại Trường THCS Trần Phú, thu hút "
              "gần 60 giáo viên Ngữ văn các trường THCS trên địa bàn tham dự."),
            P("Tiết dạy minh họa bài “Đồng chí” của cô Vũ Thị Thu Hà tại lớp 8A2 được đánh giá cao "
              "nhờ cách tổ chức hoạt động nhóm linh hoạt, khai thác hiệu quả phiếu học tập và học "
              "liệu số."),
            Img(f"{U}/2026_11/chuyen-de-van-8.jpg", "Cô Vũ Thị Thu Hà hướng dẫn học sinh thảo luận "
                "nhóm", "Cô Vũ Thị Thu Hà hướng dẫn học sinh thảo luận nhóm", "center"),
            P("Nội dung thảo luận", "h3"),
            P("Cách hướng dẫn học sinh nhận biết đặc trưng thể loại thơ tự do, thơ bảy chữ.", "li"),
            P("Thiết kế câu hỏi đọc hiểu theo ba mức độ: nhận biết, thông hiểu, vận dụng.", "li"),
            P("Sử dụng sơ đồ tư duy và bảng kiểm trong đánh giá thường xuyên.", "li"),
            P("Kết thúc chuyên đề, bà Trịnh Thị Hoa, Phó Trưởng phòng GD&ĐT thành phố, đề nghị các "
              "trường tiếp tục đổi mới sinh hoạt tổ chuyên môn theo hướng nghiên cứu bài học, lấy "
              "hoạt động của học sinh làm trung tâm."),
            Raw('<p style="text-align:right"><strong>Tổ Khoa học xã hội</strong></p>'),
        ],
        authors=["Tổ Khoa học xã hội"],
        opts={"tpl": "nd", "thumb": "chuyen-de-van-8.jpg"},
    ),
    Story(
        2803, "tu-van-huong-nghiep-dinh-huong-tuyen-sinh-vao-lop-10-cho-hoc-sinh-khoi-9",
        "Tư vấn hướng nghiệp, định hướng tuyển sinh vào lớp 10 cho học sinh khối 9",
        "tuyen-sinh", "2026-11-07",
        [
            P("Chiều 06/11/2026, Trường THCS Trần Phú tổ chức buổi tư vấn hướng nghiệp và định "
              "hướng tuyển sinh vào lớp 10 THPT năm học 2027-2028 cho gần 230 học sinh khối 9 cùng "
              "cha mẹ học sinh."),
            P("Các chuyên gia của Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thành phố "
              "đã giới thiệu những điểm mới trong quy chế tuyển sinh, các phương thức xét tuyển và "
              "hệ thống trường THPT, trường nghề trên địa bàn tỉnh Hà Nam."),
            Img(f"{U}/2026_11/tu-van-huong-nghiep.jpg"),
            P("Học sinh được làm bài trắc nghiệm sở thích nghề nghiệp theo mô hình Holland và trực "
              "tiếp đặt câu hỏi về ngành học, cơ hội việc làm sau khi tốt nghiệp."),
            P("Nhà trường sẽ tiếp tục tổ chức hai buổi tư vấn vào tháng 3 và tháng 4/2027, sau khi Sở "
              "GD&ĐT Hà Nam ban hành kế hoạch tuyển sinh chính thức."),
            Raw('<p style="text-align:right"><strong>BBT</strong></p>'),
        ],
        opts={"tpl": "tde", "thumb": "tu-van-huong-nghiep.jpg"},
    ),
    Story(
        2797, "ket-qua-khao-sat-chat-luong-lop-9-lan-1-nam-hoc-2026-2027",
        "Kết quả khảo sát chất lượng lớp 9 lần 1 năm học 2026-2027",
        "tuyen-sinh", "2026-11-03",
        [
            P("Nhằm đánh giá chất lượng học tập của học sinh khối 9 và chuẩn bị cho kỳ thi tuyển "
              "sinh vào lớp 10 THPT, ngày 31/10/2026 nhà trường tổ chức khảo sát chất lượng lần 1 "
              "ba môn Toán, Ngữ văn, Tiếng Anh theo cấu trúc đề thi tuyển sinh của Sở GD&ĐT Hà Nam."),
            P("Tổng điểm tính theo công thức: Toán x 2 + Ngữ văn x 2 + Tiếng Anh. Nhà trường công bố "
              "kết quả của 110 học sinh có tổng điểm cao nhất:"),
            Table(head("STT", "SBD", "Họ và tên", "Lớp", "Toán", "Ngữ văn", "Tiếng Anh", "Tổng điểm"),
                  KHAO_SAT_ROWS, "mso"),
            P("Học sinh xem điểm chi tiết từng câu tại giáo viên chủ nhiệm. Đề nghị các lớp tổ chức "
              "họp lớp rút kinh nghiệm trước ngày 10/11/2026."),
            Raw('<p style="text-align:right"><strong>Tổ Văn phòng</strong></p>'),
        ],
        authors=["Tổ Văn phòng"],
        opts={"tpl": "tde"},
    ),
    Story(
        2790, "truong-thcs-tran-phu-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        "Trường THCS Trần Phú hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        "tin-nha-truong", "2026-10-28",
        [
            P("Hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Chuyển đổi số và học tập "
              "suốt đời”, Trường THCS Trần Phú đã triển khai nhiều hoạt động thiết thực, thu hút "
              "đông đảo học sinh và giáo viên tham gia.", "lead"),
            P("Thư viện nhà trường mở cửa cả buổi trưa, trưng bày hơn 500 đầu sách theo chủ đề và "
              "giới thiệu thư viện số với trên 2.000 tài liệu tham khảo dành cho học sinh."),
            Img(f"{U}/2026_10/hoc-tap-suot-doi.jpg", "Học sinh đọc sách tại thư viện trong giờ nghỉ "
                "trưa", "Học sinh đọc sách tại thư viện trong giờ nghỉ trưa", "plain"),
            P("Các lớp tổ chức cuộc thi “Đại sứ văn hóa đọc” cấp lớp, chọn ra 12 học sinh tiêu biểu "
              "tham gia vòng thi cấp trường vào cuối tháng 11."),
            P("Giáo viên được bồi dưỡng kỹ năng khai thác kho học liệu số của ngành và sử dụng trợ lý "
              "ảo trong soạn bài giảng."),
            P("Theo Cổng TTĐT thành phố Phủ Lý", "src"),
        ],
        source="Cổng TTĐT thành phố Phủ Lý",
        summary="Hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Chuyển đổi số và học tập "
        "suốt đời”, Trường THCS Trần Phú đã triển khai nhiều hoạt động thiết thực, thu hút đông "
        "đảo học sinh và giáo viên tham gia.",
        opts={"tpl": "tde", "thumb": "hoc-tap-suot-doi.jpg"},
    ),
    Story(
        2784, "danh-sach-giao-vien-dat-danh-hieu-giao-vien-day-gioi-cap-truong",
        "Danh sách giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp trường năm học 2026-2027",
        "thi-dua-khen-thuong", "2026-10-22",
        [
            P("Căn cứ kết quả Hội thi Giáo viên dạy giỏi cấp trường tổ chức từ ngày 05/10 đến "
              "17/10/2026, Hội đồng Thi đua - Khen thưởng nhà trường công nhận 44 giáo viên đạt danh "
              "hiệu Giáo viên dạy giỏi cấp trường năm học 2026-2027."),
            P("Danh sách cụ thể:"),
            Table(head("STT", "Họ và tên", "Tổ chuyên môn", "Môn dạy", "Xếp loại"), GVDG_ROWS,
                  "plain"),
            P("Những giáo viên xếp loại Xuất sắc được cử tham dự Hội thi Giáo viên dạy giỏi cấp "
              "thành phố tháng 01/2027."),
            P("Nhà trường chúc mừng các thầy cô giáo và mong tiếp tục nhận được sự cống hiến, sáng "
              "tạo trong từng tiết dạy."),
            Raw('<p style="text-align:right"><strong>Công đoàn trường</strong></p>'),
        ],
        authors=["Công đoàn trường"],
        opts={"tpl": "nd"},
    ),
    Story(
        2778, "phat-dong-phong-trao-thi-dua-chao-mung-ngay-nha-giao-viet-nam-20-11",
        "Phát động phong trào thi đua chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "thi-dua-khen-thuong", "2026-10-15",
        [
            P("Sáng thứ Hai 12/10/2026, trong giờ chào cờ đầu tuần, Đoàn trường phối hợp Liên đội "
              "phát động phong trào thi đua “Học tốt - Rèn chăm” chào mừng kỷ niệm 44 năm Ngày Nhà "
              "giáo Việt Nam."),
            Img(f"{U}/2026_10/phat-dong-thi-dua.jpg", "Đại diện Liên đội phát động phong trào thi "
                "đua", "Đại diện Liên đội phát động phong trào thi đua", "center"),
            P("Nội dung thi đua gồm:"),
            P("Thi đua giành nhiều điểm tốt, giờ học tốt trong các tiết học.", "li"),
            P("Thi báo tường, thi viết thư tri ân thầy cô.", "li"),
            P("Hội diễn văn nghệ cấp trường với chủ đề “Tri ân thầy cô”.", "li"),
            P("Kết quả thi đua được tổng hợp hằng tuần, công bố trong giờ chào cờ và là căn cứ xếp "
              "loại thi đua của các chi đội trong học kỳ I."),
            Raw('<p style="text-align:right"><strong>Đoàn trường</strong></p>'),
        ],
        authors=["Đoàn trường"],
        opts={"tpl": "tde", "thumb": "phat-dong-thi-dua.jpg"},
    ),
    Story(
        2771, "thong-bao-lich-hop-cha-me-hoc-sinh-giua-hoc-ky-i",
        "Thông báo lịch họp cha mẹ học sinh giữa học kỳ I năm học 2026-2027",
        "thong-bao", "2026-10-09",
        [
            P("Nhà trường trân trọng thông báo tới quý cha mẹ học sinh lịch họp giữa học kỳ I năm "
              "học 2026-2027 như sau:"),
            P("- Thời gian: 14h00 thứ Bảy, ngày 17/10/2026.", "br"),
            P("- Địa điểm: tại phòng học của các lớp."),
            P("Nội dung: giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa kỳ; trao đổi "
              "về kế hoạch ôn tập, kiểm tra cuối học kỳ I và công tác phối hợp giáo dục học sinh."),
            P("Kính mong quý cha mẹ học sinh sắp xếp thời gian tham dự đầy đủ, đúng giờ."),
            Raw('<p style="text-align:right"><strong>HIỆU TRƯỞNG</strong></p>'
                '<p style="text-align:right">&nbsp;</p>'
                '<p style="text-align:right"><strong>Nguyễn Thị Lan Phương</strong></p>'),
        ],
        authors=["Nguyễn Thị Lan Phương"],
        opts={"tpl": "tde"},
    ),
    Story(
        2655, "truong-thcs-tran-phu-khai-giang-nam-hoc-2026-2027",
        "Trường THCS Trần Phú khai giảng năm học 2026-2027",
        "tin-nha-truong", "2026-09-05",
        [
            P("Sáng 05/9/2026, cùng với học sinh cả nước, hơn 900 học sinh Trường THCS Trần Phú "
              "hân hoan dự Lễ khai giảng năm học mới 2026-2027."),
            Img(f"{U}/2026_09/khai-giang-chao-co.jpg", "Nghi lễ chào cờ tại Lễ khai giảng",
                "Nghi lễ chào cờ tại Lễ khai giảng", "em"),
            P("Năm học 2026-2027, nhà trường có 24 lớp với 962 học sinh, trong đó 248 học sinh lớp 6 "
              "được tuyển mới; đội ngũ gồm 58 cán bộ, giáo viên, nhân viên."),
            P("Tại buổi lễ, cô Hiệu trưởng đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân dịp "
              "khai giảng, đồng thời phát động thi đua thực hiện thắng lợi nhiệm vụ năm học với chủ "
              "đề “Kỷ cương - Sáng tạo - Chất lượng”."),
            Img(f"{U}/2026_09/khai-giang-trong.jpg", "Hồi trống khai trường", "Hồi trống khai trường",
                "em"),
            P("Nhân dịp năm học mới, các nhà hảo tâm đã trao tặng 30 suất học bổng và 200 bộ sách "
              "giáo khoa cho học sinh có hoàn cảnh khó khăn."),
            Raw('<p style="text-align:right"><em>Tin: Phạm Thu Trang - Ảnh: CLB Nhiếp ảnh</em></p>'),
        ],
        authors=["Phạm Thu Trang"], photographers=["CLB Nhiếp ảnh"],
        opts={"tpl": "nd", "thumb": "khai-giang-chao-co.jpg"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
S_HSG, S_HKPD, S_DOITUYEN, S_2011, S_OLYMPIC, S_VAN8, S_TUVAN = (BY_ID[i] for i in (
    2841, 2835, 2829, 2822, 2816, 2810, 2803))
S_KHAOSAT, S_HOCTAP, S_GVDG, S_PHATDONG, S_HOPPH, S_KHAIGIANG = (BY_ID[i] for i in (
    2797, 2790, 2784, 2778, 2771, 2655))
RESULT_POSTS = [S_HSG, S_DOITUYEN, S_OLYMPIC, S_KHAOSAT, S_GVDG]
#: "Tin đọc nhiều" (a cached widget: the HSG post under its first slug)
MOST_READ = [2841, 2797, 2822, 2784, 2835]
VIEWS = {2841: 1254, 2835: 486, 2829: 733, 2822: 905, 2816: 612, 2810: 321, 2803: 398,
         2797: 1187, 2790: 265, 2784: 842, 2778: 310, 2771: 577, 2655: 1033}


def story_path(story: Story, slug: str | None = None) -> str:
    return f"/tin-tuc/{slug or story.slug}-{story.id}.html"


def row_texts(table: Table) -> list[str]:
    return [" | ".join(c for c, _ in table.head)] + [" | ".join(r) for r in table.rows]


def _gold(story: Story) -> dict:
    flat = []
    for b in story.blocks:
        if isinstance(b, Table):
            flat += [P(t) for t in row_texts(b)]
        elif isinstance(b, P) and b.style == "src":
            continue
        else:
            flat.append(b)
    alt = [story_path(story, story.opts["old_slug"])] if story.opts.get("old_slug") else []
    return gold_record(replace(story, blocks=flat), story_path(story), CATEGORIES[story.cat],
                       alt_paths=alt)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/lien-he.html",
    "/lich-cong-tac-tuan.html",
    "/danh-sach-giao-vien.html",
    "/thu-vien-anh.html",
    "/thong-bao.html",
    "/danh-muc/thi-dua-khen-thuong-2/1.html",
]


# --- helpers ----------------------------------------------------------------------------------


def dmy(story: Story) -> str:
    y, m, d = story.published_at.split("-")
    return f"{d}/{m}/{y}"


def views(story: Story) -> str:
    return f"{VIEWS[story.id]:,}".replace(",", ".")


def newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: (s.published_at, s.id), reverse=True)


def in_listing(key: str) -> list[Story]:
    keys = [key, *SUBCATS.get(key, [])]
    return newest([s for s in STORIES if s.cat in keys])


def thumb(story: Story) -> str:
    name = story.opts.get("thumb")
    if not name:
        return "/images/no-image.jpg"
    img = story.images[0].src
    return img.rsplit("/", 1)[0] + "/thumb/" + name


def parent_of(key: str) -> str | None:
    for parent, subs in SUBCATS.items():
        if key in subs:
            return parent
    return None


# --- rendering of the article text ------------------------------------------------------------

MSO_CELL = ('<td valign="top" style="border:solid windowtext 1.0pt;border-top:none;padding:0in '
            '5.4pt 0in 5.4pt">')
SPAN = '<span lang="VI" style="font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif">'


def render_table(t: Table) -> str:
    if t.form == "mso":
        rows = ['<tr style="height:15.75pt">' + "".join(
            f'{MSO_CELL}<p class="MsoNormal" align="center" style="margin-bottom:0in;text-align:'
            f'center;line-height:normal"><b>{SPAN}{esc(c)}</span></b></p></td>' for c, _ in t.head)
            + "</tr>"]
        for r in t.rows:
            cells = []
            for c in r:
                align = "left" if " " in c else "center"
                cells.append(
                    f'{MSO_CELL}<p class="MsoNormal" style="margin-bottom:0in;text-align:{align};'
                    f'line-height:normal">{SPAN}{esc(c)}</span><o:p></o:p></p></td>')
            rows.append('<tr style="height:15.75pt">' + "".join(cells) + "</tr>")
        return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                'style="border-collapse:collapse;border:none">\n<tbody>\n' + "\n".join(rows)
                + "\n</tbody>\n</table>\n<p class=\"MsoNormal\">&nbsp;</p>")
    hrow = "<tr>" + "".join(
        f'<th{f" colspan={chr(34)}{n}{chr(34)}" if n > 1 else ""} bgcolor="#dbe5f1">{esc(c)}</th>'
        for c, n in t.head) + "</tr>"
    body = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in t.rows)
    table = (f'<table border="1" cellpadding="4" cellspacing="0" width="100%">\n<thead>{hrow}'
             f"</thead>\n<tbody>\n{body}\n</tbody>\n</table>")
    if t.form == "scroll":
        return f'<div style="overflow-x:auto">\n{table}\n</div>'
    return table


def render_img(img: Img, n: int) -> str:
    src, line = img.src, img.printed
    alt = esc(line or f"anh-{n}")
    if img.style == "tbl":
        return (f'<table class="image" align="center" cellpadding="3" cellspacing="0" '
                f'style="width:520px"><tbody><tr><td><img src="{src}" alt="{alt}" width="500" '
                f'height="333"></td></tr><tr><td class="image_caption" style="text-align:center">'
                f"{esc(line)}</td></tr></tbody></table>")
    out = f'<p style="text-align:center"><img src="{src}" alt="{alt}" width="560"></p>'
    if line is None:
        return out
    if img.style == "em":
        return out + f'<p style="text-align:center"><em>{esc(line)}</em></p>'
    if img.style == "center":
        return out + f'<p style="text-align:center">{esc(line)}</p>'
    return out + f"<p>{esc(line)}</p>"


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = list(story.blocks)
    i = n = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Table):
            out.append(render_table(b))
        elif isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            n += 1
            out.append(render_img(b, n))
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style == "br":
            out.append(f'<p style="text-align:justify">{esc(b.text)}<br>\n{esc(blocks[i + 1].text)}</p>')
            i += 1
        elif b.style == "b":
            out.append(f'<p style="text-align:center"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "lead":
            out.append(f'<p style="text-align:justify"><strong>{esc(b.text)}</strong></p>')
        elif b.style == "h3":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.style == "src":
            out.append(f'<p style="text-align:right"><em>{esc(b.text)}</em></p>')
        else:
            out.append(f'<p style="text-align:justify">{esc(b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- page chrome ------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ"),
    ("/gioi-thieu.html", "Giới thiệu"),
    (cat_url("tin-nha-truong"), "Tin nhà trường"),
    (cat_url("thi-dua-khen-thuong"), "Thi đua - Khen thưởng"),
    ("/thong-bao.html", "Thông báo"),
    (cat_url("tuyen-sinh"), "Tuyển sinh"),
    ("/lich-cong-tac-tuan.html", "Lịch công tác"),
    ("/danh-sach-giao-vien.html", "Đội ngũ"),
    ("/thu-vien-anh.html", "Thư viện ảnh"),
    ("/lien-he.html", "Liên hệ"),
]


def left_column() -> str:
    rows = "".join(
        f'<tr><td class="lm-item"><img src="/images/skin/arrow.gif" alt=""> '
        f'<a href="{href}">{esc(label)}</a></td></tr>'
        for href, label in [*MENU[1:], (cat_url("thong-bao"), "Văn bản - Thông báo")]
    )
    return f"""<table width="100%" cellpadding="0" cellspacing="0" class="leftmenu">
<tr><td class="lm-title">DANH MỤC</td></tr>
{rows}
</table>
<table width="100%" cellpadding="2" cellspacing="0" class="box-links">
<tr><td class="lm-title">LIÊN KẾT WEBSITE</td></tr>
<tr><td><a href="https://hanam.edu.vn" target="_blank">Sở GD&amp;ĐT Hà Nam</a></td></tr>
<tr><td><a href="https://phuly.edu.vn" target="_blank">Phòng GD&amp;ĐT TP Phủ Lý</a></td></tr>
<tr><td><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></td></tr>
<tr><td><a href="https://smas.edu.vn" target="_blank"><img src="/images/banner/smas.png" alt="SMAS"
 width="180"></a></td></tr>
</table>
<table width="100%" cellpadding="2" cellspacing="0" class="counter">
<tr><td colspan="2" class="lm-title">THỐNG KÊ TRUY CẬP</td></tr>
<tr><td>Đang online:</td><td align="right">27</td></tr>
<tr><td>Hôm nay:</td><td align="right">418</td></tr>
<tr><td>Tháng này:</td><td align="right">2.035</td></tr>
<tr><td>Tổng truy cập:</td><td align="right">1.284.906</td></tr>
</table>"""


def right_column() -> str:
    notices = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a> <span class="date">({dmy(s)})</span></li>'
        for s in newest([s for s in STORIES if s.cat == "thong-bao"])
    )
    most = []
    for sid in MOST_READ:
        s = BY_ID[sid]
        most.append(f'<li><a href="{story_path(s, s.opts.get("old_slug"))}">{esc(s.title)}</a></li>')
    return f"""<div class="box-right"><div class="br-title">THÔNG BÁO</div>
<marquee direction="up" scrollamount="2" height="160"><ul class="notice">{notices}</ul></marquee>
<div class="xemtiep"><a href="/thong-bao.html">Xem tất cả »</a></div></div>
<div class="box-right"><div class="br-title">TIN ĐỌC NHIỀU</div><ul>{"".join(most)}</ul></div>
<div class="box-right"><div class="br-title">THĂM DÒ Ý KIẾN</div>
<form action="/binh-chon.html" method="post"><p>Bạn quan tâm nhất đến thông tin nào trên website?</p>
<input type="radio" name="poll" value="1"> Thông báo của nhà trường<br>
<input type="radio" name="poll" value="2"> Kết quả học tập, thi cử<br>
<input type="radio" name="poll" value="3"> Tuyển sinh<br>
<input type="hidden" name="poll_id" value="7">
<input type="submit" value="Bình chọn"></form></div>
<div class="box-right"><a href="https://thitructuyen.hanam.edu.vn" target="_blank">
<img src="/images/banner/thi-truc-tuyen.jpg" alt="Thi trực tuyến" width="210"></a></div>"""


def layout(request: Request, title: str, main: str, head: str = "") -> str:
    menu = " | ".join(f'<a href="{h}">{esc(label)}</a>' for h, label in MENU)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
<meta name="keywords" content="THCS Trần Phú, Phủ Lý, Hà Nam">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
{head}
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="khung">
<tr><td colspan="3" class="header">
 <table width="100%" cellpadding="0" cellspacing="0"><tr>
  <td width="120"><a href="/"><img src="/images/skin/logo.png" alt="Logo" width="100"></a></td>
  <td class="tentruong">PHÒNG GD&amp;ĐT THÀNH PHỐ PHỦ LÝ<br><b>TRƯỜNG THCS TRẦN PHÚ</b></td>
  <td align="right" valign="bottom" class="ngay">{HEADER_TODAY}</td>
 </tr></table>
</td></tr>
<tr><td colspan="3" class="menutop">{menu}</td></tr>
<tr>
<td width="200" valign="top" class="cot-trai">{left_column()}</td>
<td width="570" valign="top" class="cot-giua">
{main}
</td>
<td width="230" valign="top" class="cot-phai">{right_column()}</td>
</tr>
<tr><td colspan="3" class="footer" align="center">
<b>TRƯỜNG THCS TRẦN PHÚ - THÀNH PHỐ PHỦ LÝ - TỈNH HÀ NAM</b><br>
Địa chỉ: Số 28 đường Trần Phú, phường Quang Trung, TP. Phủ Lý, tỉnh Hà Nam<br>
Điện thoại: 0226.3852.417 - Email: c2tranphu.pl@hanam.edu.vn<br>
Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Lan Phương<br>
<span class="copyright">Thiết kế bởi Công ty CP Công nghệ Giáo dục Hà Nam</span>
</td></tr>
</table>
</body>
</html>"""


def breadcrumb(key: str) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    parent = parent_of(key)
    if parent:
        parts.append(f'<a href="{cat_url(parent)}">{esc(CATEGORIES[parent])}</a>')
    parts.append(f'<a href="{cat_url(key)}">{esc(CATEGORIES[key])}</a>')
    return '<div class="duongdan">' + " » ".join(parts) + "</div>"


def related(story: Story) -> str:
    others = [s for s in newest([s for s in STORIES if s.cat == story.cat]) if s is not story][:3]
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a> <span class="date">({dmy(s)})</span></li>'
        for s in others
    )
    return f'<div class="nd-related"><b>Các tin khác</b><ul>{items}</ul></div>'


def tools(request: Request, story: Story) -> str:
    url = base_url(request) + story_path(story)
    return (
        '<span class="nd-tools"><a href="javascript:window.print();"><img src="/images/icons/print.gif"'
        ' alt=""> In bài</a> <a href="mailto:?subject=' + esc(story.title) + '&amp;body=' + esc(url)
        + '"><img src="/images/icons/email.gif" alt=""> Gửi email</a> '
        '<a href="https://www.facebook.com/sharer/sharer.php?u=' + esc(url)
        + '" target="_blank"><img src="/images/icons/facebook.gif" alt=""> Chia sẻ</a></span>'
    )


def article_page(request: Request, story: Story) -> Response:
    info = f"Ngày đăng: {dmy(story)} | Lượt xem: {views(story)}"
    body = render_body(story)
    if story.opts.get("tpl") == "tde":
        detail = f"""<div class="news-detail tde">
<div class="tde-tieude"><h2>{esc(story.title)}</h2></div>
<div class="tde-ngay">{info} {tools(request, story)}</div>
<div class="tde-bai">
{body}
</div>
{related(story)}
</div>"""
    else:
        sapo = ""
        if story.opts.get("sapo_box"):
            sapo = f'<div class="nd-sapo"><b>{esc(story.summary)}</b></div>'
            body = render_body(replace(story, blocks=story.blocks[1:]))
        detail = f"""<div class="news-detail">
<h1 class="nd-title">{esc(story.title)}</h1>
<div class="nd-date">{info} {tools(request, story)}</div>
{sapo}
<div class="nd-bai">
{body}
</div>
{related(story)}
</div>"""
    og = base_url(request) + story_path(story)
    head = (f'<meta property="og:title" content="{esc(story.title)}">\n'
            f'<meta property="og:url" content="{esc(og)}">')
    return html(layout(request, f"{story.title} - {SCHOOL}", breadcrumb(story.cat) + detail, head))


def listing_item(s: Story) -> str:
    intro = next((b.text for b in s.blocks if isinstance(b, P)), "")
    if len(intro) > 180:
        intro = intro[:180].rsplit(" ", 1)[0] + "..."
    return (f'<table width="100%" cellpadding="3" class="tin-item"><tr><td width="110" valign="top">'
            f'<a href="{story_path(s)}"><img src="{thumb(s)}" width="100" alt=""></a></td>'
            f'<td valign="top"><a class="tieude" href="{story_path(s)}">{esc(s.title)}</a> '
            f'<span class="date">({dmy(s)})</span><br>{esc(intro)}</td></tr></table>')


def category_page(request: Request, key: str, page: int) -> Response | None:
    posts = in_listing(key)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if not 1 <= page <= pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
    links = " ".join(
        f"<b>{n}</b>" if n == page else f'<a href="{cat_url(key, n)}">{n}</a>'
        for n in range(1, pages + 1)
    )
    if page < pages:
        links += f' <a href="{cat_url(key, page + 1)}">»</a>'
    main = (breadcrumb(key) + f'<div class="title-cat">{esc(CATEGORIES[key]).upper()}</div>'
            + "\n".join(listing_item(s) for s in chunk)
            + (f'<div class="phantrang">Trang: {links}</div>' if pages > 1 else ""))
    return html(layout(request, f"{CATEGORIES[key]} - {SCHOOL}", main))


def home(request: Request) -> Response:
    posts = newest(STORIES)
    top = posts[0]
    lead = next(b.text for b in top.blocks if isinstance(b, P))
    featured = (f'<div class="tin-noibat"><a href="{story_path(top)}"><img src="{thumb(top)}" '
                f'width="250" align="left" alt=""></a><a class="tieude" href="{story_path(top)}">'
                f"{esc(top.title)}</a><p>{esc(lead[:200])}...</p></div>")
    news = "".join(listing_item(s) for s in posts[1:6])
    ts = "".join(
        f'<li><a href="{story_path(s)}">{esc(s.title)}</a></li>'
        for s in newest([s for s in STORIES if s.cat == "tuyen-sinh"])[:3]
    )
    main = (featured + f'<div class="title-cat">TIN MỚI</div>{news}'
            f'<div class="title-cat"><a href="{cat_url("tuyen-sinh")}">TUYỂN SINH</a></div>'
            f'<ul class="box-ts">{ts}</ul>')
    return html(layout(request, f"{SCHOOL} - TP. Phủ Lý - Hà Nam", main))


def notices_page(request: Request) -> Response:
    items = "".join(
        f'<tr><td width="90">{dmy(s)}</td><td><a href="{story_path(s)}">{esc(s.title)}</a></td></tr>'
        for s in newest([s for s in STORIES if s.cat == "thong-bao"])
    )
    main = ('<div class="duongdan"><a href="/">Trang chủ</a> » Thông báo</div>'
            f'<div class="title-cat">THÔNG BÁO</div><table width="100%" class="ds-thongbao">'
            f"<tr><th>Ngày</th><th>Tiêu đề</th></tr>{items}</table>")
    return html(layout(request, f"Thông báo - {SCHOOL}", main))


# --- static pages -----------------------------------------------------------------------------

DAYS = [("Thứ Hai", "30/11"), ("Thứ Ba", "01/12"), ("Thứ Tư", "02/12"), ("Thứ Năm", "03/12"),
        ("Thứ Sáu", "04/12"), ("Thứ Bảy", "05/12")]
WORK = [
    ("7h00: Chào cờ đầu tuần; 14h00: Họp Ban Giám hiệu", "Toàn trường; BGH", "Phòng họp"),
    ("7h30: Dự giờ tổ Khoa học tự nhiên", "Đ/c Nguyệt", "Lớp 8A1"),
    ("14h00: Kiểm tra hồ sơ chuyên môn tổ Ngữ văn", "Đ/c Phương, Đ/c Nguyệt", "Thư viện"),
    ("8h00: Dự hội nghị tại Phòng GD&ĐT", "Đ/c Phương", "Phòng GD&ĐT"),
    ("14h00: Sinh hoạt chuyên môn theo nghiên cứu bài học", "Các tổ chuyên môn", "Phòng bộ môn"),
    ("7h30: Ôn luyện đội tuyển HSG lớp 9", "GV bồi dưỡng", "Nhà B"),
]


def schedule_page(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{d}<br>{dm}/2026</td><td>{esc(w)}</td><td>{esc(who)}</td><td>{esc(where)}</td></tr>"
        for (d, dm), (w, who, where) in zip(DAYS, WORK, strict=True)
    )
    main = ('<div class="duongdan"><a href="/">Trang chủ</a> » Lịch công tác</div>'
            '<h1 class="nd-title">Lịch công tác tuần 14 (từ 30/11/2026 đến 05/12/2026)</h1>'
            '<table border="1" cellpadding="4" cellspacing="0" width="100%" class="lich">'
            f"<tr><th>Thứ, ngày</th><th>Nội dung công việc</th><th>Người thực hiện</th>"
            f"<th>Địa điểm</th></tr>{rows}</table>"
            '<p><i>Lịch có thể thay đổi, đề nghị các đồng chí theo dõi thường xuyên.</i></p>')
    return html(layout(request, f"Lịch công tác tuần - {SCHOOL}", main))


def staff_page(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{i + 1}</td><td>{esc(person(i, 12))}</td><td>{esc(TO_CM[i % 6])}</td>"
        f"<td>{'Đại học' if i % 4 else 'Thạc sĩ'}</td></tr>"
        for i in range(36)
    )
    main = ('<div class="duongdan"><a href="/">Trang chủ</a> » Đội ngũ</div>'
            '<div class="title-cat">DANH SÁCH GIÁO VIÊN NĂM HỌC 2026-2027</div>'
            '<table border="1" cellpadding="3" cellspacing="0" width="100%">'
            f"<tr><th>STT</th><th>Họ và tên</th><th>Tổ chuyên môn</th><th>Trình độ</th></tr>{rows}"
            "</table>")
    return html(layout(request, f"Danh sách giáo viên - {SCHOOL}", main))


def static_page(request: Request, title: str, inner: str) -> Response:
    main = (f'<div class="duongdan"><a href="/">Trang chủ</a> » {esc(title)}</div>'
            f'<div class="title-cat">{esc(title).upper()}</div><div class="noidung">{inner}</div>')
    return html(layout(request, f"{title} - {SCHOOL}", main))


ABOUT = """<p>Trường THCS Trần Phú được thành lập năm 1972, là một trong những trường THCS có bề
dày truyền thống của thành phố Phủ Lý. Năm 2019, trường được công nhận đạt chuẩn quốc gia mức
độ 2.</p>
<h3>Cơ cấu tổ chức</h3>
<ul><li>Ban Giám hiệu: 03 đồng chí</li><li>06 tổ chuyên môn và Tổ Văn phòng</li>
<li>24 lớp với 962 học sinh</li></ul>
<p>Sứ mệnh của nhà trường: xây dựng môi trường học tập thân thiện, kỷ cương, chất lượng.</p>"""
CONTACT = """<table cellpadding="4"><tr><td>Địa chỉ:</td><td>Số 28 đường Trần Phú, phường Quang
Trung, TP. Phủ Lý, tỉnh Hà Nam</td></tr><tr><td>Điện thoại:</td><td>0226.3852.417</td></tr>
<tr><td>Email:</td><td>c2tranphu.pl@hanam.edu.vn</td></tr></table>
<form action="/lien-he.html" method="post"><p>Họ tên: <input name="hoten"></p>
<p>Nội dung: <textarea name="noidung"></textarea></p><input type="submit" value="Gửi"></form>"""
GALLERY = "".join(
    f'<div class="album"><a href="/thu-vien-anh.html#album-{i}"><img src="/uploads/album/{i}/cover.jpg"'
    f' width="160" alt=""></a><br>{esc(name)}</div>'
    for i, name in enumerate(["Lễ khai giảng 2026-2027", "Hội khỏe Phù Đổng", "Ngày Nhà giáo 20/11"], 1)
)


class ResultsTablesSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/uploads/files/") and path.endswith(".xlsx"):
            if path == "/uploads/files/2026/12/Danh_sach_HSG.xlsx":
                return Response(200, b"PK\x03\x04 fixture workbook", {
                    "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "Content-Disposition": 'attachment; filename="Danh_sach_HSG.xlsx"'})
            return None
        if path.startswith(("/uploads/", "/images/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home(request)
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)-(\d+)\.html", path):
            story = BY_ID.get(int(m.group(2)))
            if story and m.group(1) in (story.slug, story.opts.get("old_slug")):
                return article_page(request, story)
            return None
        if m := re.fullmatch(r"/danh-muc/([a-z-]+)-(\d+)/(\d+)\.html", path):
            key = m.group(1)
            if key in CAT_IDS and CAT_IDS[key] == int(m.group(2)):
                return category_page(request, key, int(m.group(3)))
            return None
        if path == "/thong-bao.html":
            return notices_page(request)
        if path == "/lich-cong-tac-tuan.html":
            return schedule_page(request)
        if path == "/danh-sach-giao-vien.html":
            return staff_page(request)
        if path == "/gioi-thieu.html":
            return static_page(request, "Giới thiệu", ABOUT)
        if path == "/lien-he.html":
            return static_page(request, "Liên hệ", CONTACT)
        if path == "/thu-vien-anh.html":
            return static_page(request, "Thư viện ảnh", GALLERY)
        if path == "/binh-chon.html":
            return static_page(request, "Kết quả bình chọn",
                               "<p>Thông báo của nhà trường: 41%</p><p>Kết quả học tập, thi cử: "
                               "38%</p><p>Tuyển sinh: 21%</p>")
        return None


def build_site() -> ResultsTablesSite:
    return ResultsTablesSite()
