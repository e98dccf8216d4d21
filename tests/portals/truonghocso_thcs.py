"""Trường THCS Thống Nhất on a hosted "Trường học số" platform (blind fixture portal).

Platform
--------
A nationwide hosted school-website platform of the kind a vendor rolls out to every school of a
province: one ASP.NET application, each school on its own sub-domain
(``thcsthongnhat.truonghocso.vn``), one theme ("th03") with the school's banner, and widgets the
platform injects on every page (the "Sổ liên lạc điện tử" promotion, the "Tin tức ngành" feed of
the ministry, a support hotline, the visitor counter). WebForms ids (``ctl00_cphMain_…``) survive
under URL rewriting; class names are the vendor's Vietnamese abbreviations (``td-ct``, ``nd-ct``,
``tt-dang``, ``tin-ds``, ``phan-trang`` …); the article text is CKEditor output, one article is
pasted from Word.

URL scheme
----------
- ``/``                                          home (slider, "Tin mới nhất", blocks per section)
- ``/tin-tuc/<id>/<slug>.html``                  every article, whatever its section
- ``/tin-tuc/<id>.html``, ``/tin-tuc/<id>/<any>.html``  the same article: the router reads the id only
- ``/tin-tuc/<id>/<slug>.html?print=1``          print view (opened by ``window.open`` from "In bài")
- ``/tin-tuc/danh-muc/<cid>/<slug>.html[?page=N]``  news sections (Hoạt động nhà trường,
  Hoạt động chuyên môn, Đoàn - Đội), page size 3
- ``/thong-bao[?trang=N]``                       notices, page size 2, paged by a GET form only
- ``/goc-hoc-tap``                               "Góc học tập" (study corner)
- ``/van-ban``, ``/van-ban/<id>/<slug>.html``    document register and its entries
- ``/thoi-khoa-bieu``                            timetable
- ``/thu-vien-anh``, ``/thu-vien-anh/<id>/<slug>.html``; ``/video``, ``/video/<id>/<slug>.html``
- ``/gioi-thieu``, ``/lien-he``, ``/tim-kiem?tukhoa=…`` (tag links and the search box)
- ``/rss.aspx``                                  RSS of the ten newest articles (top bar link)
- ``/Data/upload/…``, ``/Content/…``             images, styles, scripts, PDF attachments

Page templates
--------------
Article: breadcrumb ``div.duongdan``; ``h1.td-ct``; meta line ``div.tt-dang`` ("Ngày đăng:
03/12/2026 2:30:00 CH | Cập nhật: … | Lượt xem | Người đăng: <account>") in the .NET vi-VN
12-hour format; tool bar (A-/A+, "In bài", e-mail, Facebook); sapo ``div.tomtat-ct`` when the
editor filled the field; the text ``div.nd-ct``; the platform's injected SLLĐT box; tags; reader
comments and their form; "Các tin khác". Listings: ``div.tin-ds`` items (thumbnail, title, date in
parentheses, teaser) and a pager. Notices: a table (STT | Tiêu đề | Ngày đăng) with a
``<select name="trang">`` pager.

How each gold article is reached
--------------------------------
- Hoạt động nhà trường (4): page 1 holds the three newest (also on the home page); "Hội nghị cán bộ,
  công chức, viên chức" is only on ``?page=2``.
- Hoạt động chuyên môn (2), Đoàn - Đội (2): their section pages and the home page.
- Thông báo (3): two on ``/thong-bao`` (and the home marquee); "Thông báo tuyển chọn học sinh …
  đội tuyển" only on ``/thong-bao?trang=2``, which no anchor links: the pager is a GET form
  (select ``trang`` + "Xem" submit button).
- Góc học tập (2): ``/goc-hoc-tap`` and the home page.

Traps
-----
1. Slug-free routing and slug drift. The router reads the id: ``/tin-tuc/<id>.html`` (the
   "Tin xem nhiều" widget prints these short links) and any slug serve the article; the home slider
   is cached and still links "Hội khỏe Phù Đổng" under the slug and title it had before the editor
   renamed it; the print view hangs off ``?print=1``. Gold: one record per id, its path the current
   slug (``<link rel="canonical">``), the other forms in ``alt_paths``; the title is the ``h1``,
   not the stale ``og:title`` / slider text.
2. .NET vi-VN 12-hour times: "2:30:00 CH" is 14:30, "9:15:00 SA" 09:15, "12:20:00 CH" 12:20, and
   "12:00:00 SA" is midnight, so a day alone ("2026-11-20"). The meta line also prints
   "Cập nhật", one article a "Sửa lần cuối" line under its text, the header prints today, and the
   platform's ``article:published_time`` meta holds the *update* time (a vendor bug). Gold: the
   "Ngày đăng" value.
3. Notices printed as official documents (letterhead table, "Số: …", "Thống Nhất, ngày 30 tháng
   11 năm 2026", "THÔNG BÁO / Về việc …", "Nơi nhận", post and signer). Gold: date = the
   letterhead's day (not the "Ngày đăng" of the posting), author = the signer's name, body = the
   numbered items only.
4. Notices page 2 is reachable only through a GET form (``<select name="trang">`` with
   ``onchange="this.form.submit()"``): no ``<a>`` points at ``/thong-bao?trang=2``. And "Các tin
   khác" lists only what page 1 of the section shows, so page-2 articles have no other way in.
5. Chrome inside the article panel: the platform injects its "Sổ liên lạc điện tử" box (two
   real-looking paragraphs) right after the text, then tags, a reader comment ("Bình luận (1)")
   and the comment form; one article ends with "File đính kèm" and "Xem thêm:" lines. Gold: none
   of it is body.
6. Bylines in every form: "Tin, ảnh: X" (author and photographer), "Tin: X (GV Tổ Xã hội) - Ảnh:
   Y", "ThS. X" (degree dropped), "X - TPT Đội" (post dropped), a unit signing alone ("Tổ Văn
   phòng", "Tổ Khoa học Tự nhiên", "Tổ Toán - Tin"), a closing "Nguồn: Đoàn Thanh niên xã Thống
   Nhất" (a source, no author) and the CMS account "Người đăng: tn.quantri" in the meta line
   (nobody).
7. Captions in four markups: a two-row table (photo, italic line), a centred ``(…)`` line
   (parentheses dropped), a lazy-loaded photo (``src`` a grey placeholder GIF, the photo in
   ``data-original``) with a ``<span><i>`` line, and "(Ảnh: Lê Văn Tùng)" lines that only credit a
   photographer (caption None; the name is a photographer). Gold images are the real photos.
8. Word paste: ``mso-list:Ignore`` bullets ("·" in Symbol font) are no text, while the "- " the
   teacher typed in another list is; an emoji in a title ("🎉 …") is kept.
9. Pages that look like articles but are not: "Giới thiệu" (long text with an ``h1``), the
   timetable ("áp dụng từ ngày 07/12/2026"), document entries with number, date and abstract,
   the photo album and the video page; the "Góc học tập" listing mixes a document entry in.

Gold decisions on ambiguous points
----------------------------------
- Category = the last crumb of the article's breadcrumb: "Hoạt động nhà trường", "Hoạt động chuyên
  môn", "Đoàn - Đội", "Thông báo", "Góc học tập" ("Tin tức" is only a menu heading, no link).
- The sapo is ``div.tomtat-ct`` (its own element, printed bold above the text) and the first body
  paragraph; "Bí quyết học từ vựng" has no sapo field but opens with a bold paragraph, its summary.
  Articles whose only lead is the meta description have summary null.
- "(Ảnh: Lê Văn Tùng)" under a photo: caption None and "Lê Văn Tùng" in ``photographers``.
- The notice "lịch nghỉ Tết" is a plain post (no letterhead): its date is the posting time and,
  signed by nobody but the CMS account, it has no author.
- Print view and short/old-slug URLs are ``alt_paths``; the path is the canonical slug URL.
- A reader comment is not text of the article; the "Tài liệu tham khảo" list of "Bí quyết học từ
  vựng" is (its bracket calls stay, the bare superscript "2" does not).
"""

from __future__ import annotations

from urllib.parse import quote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "truonghocso_thcs"
PLATFORM = "Trường học số (hosted ASP.NET school-website platform, one app for every school by sub-domain)"
START_PATH = "/"

SCHOOL = "Trường THCS Thống Nhất"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
UP = "/Data/upload/files/thcsthongnhat"
THUMB = "/Data/upload/thumbs/thcsthongnhat"

# section key -> (listing path, printed name, crumb parent printed without link or None)
SECTIONS = {
    "hdnt": ("/tin-tuc/danh-muc/12/hoat-dong-nha-truong.html", "Hoạt động nhà trường", "Tin tức"),
    "hdcm": ("/tin-tuc/danh-muc/13/hoat-dong-chuyen-mon.html", "Hoạt động chuyên môn", "Tin tức"),
    "dd": ("/tin-tuc/danh-muc/14/doan-doi.html", "Đoàn - Đội", "Tin tức"),
    "tb": ("/thong-bao", "Thông báo", None),
    "ght": ("/goc-hoc-tap", "Góc học tập", None),
}
PAGE_SIZE = {"hdnt": 3, "hdcm": 3, "dd": 3, "tb": 2, "ght": 5}


def _byline(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{inner}</strong></p>')


def _letterhead(number: str, day: str) -> Raw:
    return Raw(
        '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
        '<td style="text-align:center; width:42%">UBND XÃ THỐNG NHẤT<br />\n'
        "<strong>TRƯỜNG THCS THỐNG NHẤT</strong><br />\n"
        f"Số: {number}</td>\n"
        '<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />\n'
        "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />\n"
        f"<em>Thống Nhất, {day}</em></td>\n</tr>\n</tbody>\n</table>"
    )


def _doc_kind(subject: str) -> Raw:
    return Raw(
        '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>\n'
        f'<p style="text-align:center"><strong>{esc(subject)}</strong></p>'
    )


def _closing(recipients: list[str], post: str, name: str, kt: str = "") -> Raw:
    lines = "<br />\n".join(esc(r) for r in recipients)
    head = f"<strong>{kt}</strong><br />\n" if kt else ""
    return Raw(
        '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
        f'<td style="vertical-align:top; width:50%"><strong><em>Nơi nhận:</em></strong><br />\n{lines}</td>\n'
        f'<td style="text-align:center; vertical-align:top">{head}<strong>{post}</strong><br />\n<br />\n'
        f"<em>(Đã ký)</em><br />\n<br />\n<strong>{esc(name)}</strong></td>\n</tr>\n</tbody>\n</table>"
    )


# --- the thirteen articles ------------------------------------------------------------------

A1 = Story(
    id=2493105,
    slug="truong-thcs-thong-nhat-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Trường THCS Thống Nhất tổ chức Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
    cat="hdnt",
    published_at="2026-12-03T14:30:00+07:00",
    summary=(
        "Sáng 02/12/2026, Trường THCS Thống Nhất long trọng khai mạc Hội khỏe Phù Đổng cấp trường "
        "năm học 2026 - 2027 với sự tham gia của gần 400 vận động viên đến từ 16 lớp."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội khỏe Phù Đổng là hoạt động thường niên nhằm đẩy mạnh phong trào tập luyện thể dục thể "
            "thao trong học sinh, góp phần giáo dục thể chất toàn diện và tuyển chọn vận động viên "
            "tham gia Hội khỏe Phù Đổng cấp xã."
        ),
        P(
            "Phát biểu khai mạc, cô Nguyễn Thị Hằng, Hiệu trưởng nhà trường nhấn mạnh: mỗi vận động "
            "viên hãy thi đấu với tinh thần “Đoàn kết - Trung thực - Cao thượng”, phát huy tối đa "
            "khả năng của bản thân, đồng thời giữ gìn an toàn trong suốt thời gian diễn ra Hội khỏe."
        ),
        Img(
            f"{UP}/2026/12/hkpd-khai-mac.jpg",
            printed="Cô Hiệu trưởng Nguyễn Thị Hằng phát biểu khai mạc Hội khỏe Phù Đổng",
            caption="Cô Hiệu trưởng Nguyễn Thị Hằng phát biểu khai mạc Hội khỏe Phù Đổng",
            style="tbl",
        ),
        P(
            "Hội khỏe năm nay gồm các môn: điền kinh (chạy 60m, 100m, nhảy xa), đá cầu, cầu lông, "
            "kéo co và bóng đá nam. Các trận đấu diễn ra sôi nổi, hào hứng trong tiếng cổ vũ nhiệt "
            "tình của các cổ động viên."
        ),
        Img(
            f"{UP}/2026/12/hkpd-keo-co.jpg",
            printed="Phần thi kéo co đầy kịch tính giữa lớp 8A và lớp 8C",
            caption="Phần thi kéo co đầy kịch tính giữa lớp 8A và lớp 8C",
            style="tbl",
        ),
        P(
            "Kết thúc Hội khỏe, Ban tổ chức đã trao 12 giải Nhất, 15 giải Nhì, 18 giải Ba cho các vận "
            "động viên; giải Nhất toàn đoàn thuộc về lớp 9B, giải Nhì thuộc về lớp 8A."
        ),
        _byline("Tin, ảnh: Trần Thị Thu Hà"),
    ],
    authors=["Trần Thị Thu Hà"],
    photographers=["Trần Thị Thu Hà"],
    opts={
        "posted": "03/12/2026 2:30:00 CH",
        "updated": "04/12/2026 8:12:00 SA",
        "meta_time": "2026-12-04T08:12:00+07:00",
        "poster": "tn.quantri",
        "old_slug": "hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        "old_title": "Hội khỏe Phù Đổng cấp trường năm học 2026-2027",
        "tags": ["hoạt động ngoại khóa"],
        "thumb": f"{THUMB}/2026/12/hkpd-khai-mac_t.jpg",
        "comment": (
            "Phụ huynh lớp 7A",
            "03/12/2026 8:41:00 CH",
            "Cảm ơn nhà trường đã tổ chức một ngày hội thể thao thật ý nghĩa cho các cháu!",
        ),
    },
)

A2 = Story(
    id=2491877,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
    cat="hdnt",
    published_at="2026-11-20",
    blocks=[
        P(
            "Sáng ngày 20/11/2026, trong không khí phấn khởi của những ngày tháng 11 lịch sử, Trường "
            "THCS Thống Nhất long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 "
            "- 20/11/2026)."
        ),
        P(
            "Về dự buổi lễ có đồng chí Phạm Văn Dũng, Phó Chủ tịch UBND xã Thống Nhất; đại diện Ban "
            "đại diện Cha mẹ học sinh cùng các thế hệ thầy cô giáo đã nghỉ hưu."
        ),
        Img(
            f"{UP}/2026/11/20-11-van-nghe.jpg",
            printed="Tiết mục văn nghệ chào mừng của Liên đội nhà trường",
            caption="Tiết mục văn nghệ chào mừng của Liên đội nhà trường",
            style="lazy",
        ),
        P(
            "Tại buổi lễ, nhà trường đã ôn lại truyền thống vẻ vang của ngành Giáo dục Việt Nam và "
            "điểm lại những thành tích nổi bật trong đợt thi đua chào mừng ngày 20/11: 100% giáo "
            "viên tham gia thao giảng, 28 tiết dạy xếp loại Tốt, 16 lớp đạt “Tuần học tốt”."
        ),
        P("Thay mặt các thế hệ học sinh, em Nguyễn Khánh Linh (lớp 9A) xúc động gửi lời tri ân:"),
        P(
            "“Chúng em xin hứa sẽ chăm ngoan, học giỏi để xứng đáng với công lao dạy dỗ của các thầy "
            "cô.”",
            style="quote",
        ),
        Img(
            f"{UP}/2026/11/20-11-tang-hoa.jpg",
            printed="Đại diện Ban đại diện Cha mẹ học sinh tặng hoa chúc mừng tập thể giáo viên",
            caption="Đại diện Ban đại diện Cha mẹ học sinh tặng hoa chúc mừng tập thể giáo viên",
            style="lazy",
        ),
        P(
            "Buổi lễ khép lại trong không khí ấm áp, để lại nhiều cảm xúc cho thầy và trò nhà "
            "trường."
        ),
        Raw('<p style="text-align: right;"><em><strong>Tổ Văn phòng</strong></em></p>'),
    ],
    authors=["Tổ Văn phòng"],
    opts={
        "posted": "20/11/2026 12:00:00 SA",
        "updated": None,
        "meta_time": "2026-11-20T00:00:00+07:00",
        "poster": "tn.quantri",
        "short": True,
        "tags": ["20/11"],
        "thumb": f"{THUMB}/2026/11/20-11-van-nghe_t.jpg",
    },
)

A3 = Story(
    id=2490412,
    slug="ngoai-khoa-em-yeu-bien-dao-que-huong",
    title="Ngoại khóa “Em yêu biển đảo quê hương”",
    cat="hdnt",
    published_at="2026-11-08T09:15:00+07:00",
    summary=(
        "Nhằm giáo dục tình yêu quê hương, đất nước và ý thức bảo vệ chủ quyền biển, đảo cho học "
        "sinh, chiều 06/11/2026 Trường THCS Thống Nhất tổ chức ngoại khóa “Em yêu biển đảo quê "
        "hương”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Chương trình gồm ba phần: tìm hiểu kiến thức về biển, đảo Việt Nam; thi vẽ tranh cổ động "
            "và trình diễn các tiết mục văn nghệ về chủ đề biển đảo."
        ),
        P(
            "Ở phần thi kiến thức, các đội đã trả lời nhiều câu hỏi về quần đảo Hoàng Sa, Trường Sa, "
            "về cuộc sống của cán bộ, chiến sĩ và nhân dân đang ngày đêm bám biển."
        ),
        Img(
            f"{UP}/2026/11/ngoai-khoa-bien-dao-1.jpg",
            printed="(Các đội thi tranh tài ở phần thi kiến thức)",
            caption="Các đội thi tranh tài ở phần thi kiến thức",
            style="pem",
        ),
        Img(f"{UP}/2026/11/ngoai-khoa-bien-dao-2.jpg", printed=None, caption=None, style="bare"),
        P(
            "Kết quả, đội lớp 8B xuất sắc giành giải Nhất; giải Nhì thuộc về đội lớp 9A; giải Ba "
            "thuộc về đội lớp 7C và lớp 6A."
        ),
        _byline("Tin: Phạm Thị Mai (GV Tổ Xã hội) - Ảnh: Đỗ Văn Hùng"),
    ],
    authors=["Phạm Thị Mai"],
    photographers=["Đỗ Văn Hùng"],
    opts={
        "posted": "08/11/2026 9:15:00 SA",
        "updated": "08/11/2026 10:02:00 SA",
        "meta_time": "2026-11-08T10:02:00+07:00",
        "poster": "tn.quantri",
        "tags": ["hoạt động ngoại khóa"],
        "thumb": f"{THUMB}/2026/11/ngoai-khoa-bien-dao-1_t.jpg",
    },
)

A4 = Story(
    id=2486120,
    slug="hoi-nghi-can-bo-cong-chuc-vien-chuc-nam-hoc-2026-2027",
    title="Hội nghị cán bộ, công chức, viên chức năm học 2026 - 2027",
    cat="hdnt",
    published_at="2026-10-10T15:05:00+07:00",
    summary=(
        "Chiều 09/10/2026, Trường THCS Thống Nhất tổ chức Hội nghị cán bộ, công chức, viên chức "
        "năm học 2026 - 2027 nhằm đánh giá kết quả năm học trước và bàn biện pháp thực hiện nhiệm "
        "vụ năm học mới."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, báo cáo công khai tài chính và "
            "thảo luận, thông qua Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở."
        ),
        P("Một số chỉ tiêu chính của năm học 2026 - 2027:", style="h"),
        P("Nội dung | Chỉ tiêu", style="tr"),
        P("Học sinh xếp loại học tập Tốt, Khá | 65%", style="tr"),
        P("Học sinh giỏi cấp tỉnh | 8 giải", style="tr"),
        P("Tỷ lệ học sinh lớp 9 tốt nghiệp THCS | 100%", style="tr"),
        P(
            "Hội nghị cũng đã phát động phong trào thi đua năm học và ký giao ước thi đua giữa các "
            "tổ chuyên môn."
        ),
        P(
            "Với tinh thần dân chủ, đoàn kết, Hội nghị đã thành công tốt đẹp, tạo khí thế mới cho "
            "tập thể sư phạm nhà trường."
        ),
        _byline("Nguyễn Văn Khánh - Phó Hiệu trưởng"),
    ],
    authors=["Nguyễn Văn Khánh"],
    opts={
        "posted": "10/10/2026 3:05:00 CH",
        "updated": None,
        "meta_time": "2026-10-10T15:05:00+07:00",
        "poster": "tn.quantri",
        "tags": [],
        "thumb": f"{THUMB}/2026/10/hoi-nghi-cbvc_t.jpg",
    },
)

A5 = Story(
    id=2492560,
    slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-khoa-hoc-tu-nhien-8",
    title="Chuyên đề “Dạy học phát triển năng lực môn Khoa học tự nhiên 8”",
    cat="hdcm",
    published_at="2026-11-27T16:40:00+07:00",
    summary=(
        "Thực hiện kế hoạch chuyên môn học kỳ I, ngày 26/11/2026 Tổ Khoa học Tự nhiên đã tổ chức "
        "chuyên đề “Dạy học phát triển năng lực môn Khoa học tự nhiên 8”."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tiết dạy minh họa bài “Tốc độ phản ứng” do cô Lê Thị Nga thực hiện tại lớp 8A đã vận "
            "dụng linh hoạt phương pháp dạy học theo trạm và kỹ thuật khăn trải bàn.",
            style="mso",
        ),
        Img(
            f"{UP}/2026/11/chuyen-de-khtn-8.jpg",
            printed="(Ảnh: Lê Văn Tùng)",
            caption=None,
            style="pem",
        ),
        P("Sau tiết dạy, các thành viên trong tổ đã thảo luận và thống nhất:", style="mso"),
        P("Tăng cường tổ chức các hoạt động thực hành, thí nghiệm trong mỗi tiết học;", style="msoli"),
        P("Sử dụng phiếu học tập để học sinh tự đánh giá, đánh giá lẫn nhau;", style="msoli"),
        P("Khai thác hiệu quả phòng học bộ môn và thiết bị dạy học số.", style="msoli"),
        P("Về phía học sinh, tổ đề nghị:", style="mso"),
        P("- Chuẩn bị bài trước ở nhà theo phiếu hướng dẫn;", style="mso"),
        P("- Tích cực trao đổi, hợp tác trong nhóm.", style="mso"),
        P(
            "Chuyên đề đã giúp giáo viên trong tổ có thêm kinh nghiệm để đổi mới phương pháp dạy học "
            "theo Chương trình giáo dục phổ thông 2018.",
            style="mso",
        ),
        Raw('<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI">Tổ Khoa học Tự nhiên</span></b></p>'),
    ],
    authors=["Tổ Khoa học Tự nhiên"],
    photographers=["Lê Văn Tùng"],
    opts={
        "posted": "27/11/2026 4:40:00 CH",
        "updated": "28/11/2026 7:55:00 SA",
        "meta_time": "2026-11-28T07:55:00+07:00",
        "poster": "tn.khtn",
        "tags": [],
        "thumb": f"{THUMB}/2026/11/chuyen-de-khtn-8_t.jpg",
    },
)

A6 = Story(
    id=2491203,
    slug="thao-giang-chao-mung-ngay-20-11-lan-toa-doi-moi-phuong-phap-day-hoc",
    title="Thao giảng chào mừng ngày 20/11: lan tỏa đổi mới phương pháp dạy học",
    cat="hdcm",
    published_at="2026-11-14T10:00:00+07:00",
    summary=(
        "Từ ngày 02/11 đến ngày 13/11/2026, 100% giáo viên Trường THCS Thống Nhất đã tham gia đợt "
        "thao giảng chào mừng Ngày Nhà giáo Việt Nam."
    ),
    sapo_outside=True,
    blocks=[
        P("Mục đích của đợt thao giảng", style="h"),
        P(
            "Đợt thao giảng nhằm nâng cao chất lượng giờ dạy, tạo điều kiện để giáo viên học hỏi, "
            "chia sẻ kinh nghiệm và ứng dụng công nghệ thông tin vào bài giảng."
        ),
        P("Kết quả", style="h"),
        P("Tổng số tiết thao giảng: 42 tiết;", style="li"),
        P("Xếp loại Tốt: 28 tiết; Khá: 14 tiết;", style="li"),
        P("Nhiều tiết dạy sử dụng hiệu quả bảng tương tác và học liệu số.", style="li"),
        P(
            "Tiêu biểu là các tiết dạy của cô Đặng Thu Trang (Ngữ văn 9), thầy Bùi Quang Huy (Toán "
            "7) và cô Đinh Thị Phương Thảo (Tiếng Anh 8)."
        ),
        Img(
            f"{UP}/2026/11/thao-giang-van-9.jpg",
            printed="Cô Đặng Thu Trang trong tiết dạy Ngữ văn lớp 9A",
            caption="Cô Đặng Thu Trang trong tiết dạy Ngữ văn lớp 9A",
            style="fig",
        ),
        P("Nhà trường sẽ lựa chọn các tiết dạy tốt để xây dựng kho học liệu dùng chung."),
        P("Đợt thao giảng kết thúc tốt đẹp.", style="br"),
        _byline("ThS. Hoàng Thị Lan"),
    ],
    authors=["Hoàng Thị Lan"],
    opts={
        "posted": "14/11/2026 10:00:00 SA",
        "updated": None,
        "meta_time": "2026-11-14T10:00:00+07:00",
        "poster": "tn.quantri",
        "short": True,
        "lastmod": "Sửa lần cuối: 15/11/2026 9:02:00 SA",
        "tags": ["20/11"],
        "thumb": f"{THUMB}/2026/11/thao-giang-van-9_t.jpg",
    },
)

A7 = Story(
    id=2492931,
    slug="lien-doi-thong-nhat-ra-quan-ke-hoach-nho-thu-gom-giay-vun-dot-1",
    title="🎉 Liên đội Thống Nhất ra quân “Kế hoạch nhỏ” thu gom giấy vụn đợt 1",
    cat="dd",
    published_at="2026-12-01T07:45:00+07:00",
    summary=(
        "Sáng thứ Hai 30/11/2026, Liên đội Trường THCS Thống Nhất đã tổ chức ra quân thực hiện "
        "phong trào “Kế hoạch nhỏ” đợt 1 năm học 2026 - 2027."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Ngay từ 6 giờ 30, các chi đội đã mang giấy vụn, vỏ chai nhựa, vỏ lon thu gom từ gia đình "
            "về tập kết tại sân trường. 🌱"
        ),
        Img(
            f"{UP}/2026/12/ke-hoach-nho-1.jpg",
            printed="Các đội viên chi đội 6B cân giấy vụn",
            caption="Các đội viên chi đội 6B cân giấy vụn",
            style="tbl",
        ),
        P(
            "Kết quả, toàn Liên đội thu được 1.245 kg giấy vụn và 312 kg vỏ chai nhựa; chi đội 7A "
            "dẫn đầu với 126 kg."
        ),
        P(
            "Toàn bộ số tiền thu được sẽ dùng để mua quà tặng các bạn học sinh có hoàn cảnh khó khăn "
            "nhân dịp Tết Nguyên đán."
        ),
        _byline("Vũ Thị Ngọc - TPT Đội"),
    ],
    authors=["Vũ Thị Ngọc"],
    opts={
        "posted": "01/12/2026 7:45:00 SA",
        "updated": None,
        "meta_time": "2026-12-01T07:45:00+07:00",
        "poster": "tn.quantri",
        "tags": [],
        "thumb": f"{THUMB}/2026/12/ke-hoach-nho-1_t.jpg",
    },
)

A8 = Story(
    id=2488754,
    slug="chi-doan-giao-vien-sinh-hoat-chuyen-de-hoc-tap-va-lam-theo-bac",
    title=(
        "Chi đoàn giáo viên sinh hoạt chuyên đề “Tuổi trẻ học tập và làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh”"
    ),
    cat="dd",
    published_at="2026-10-26T20:00:00+07:00",
    blocks=[
        P(
            "Tối 24/10/2026, Chi đoàn giáo viên Trường THCS Thống Nhất đã tổ chức buổi sinh hoạt "
            "chuyên đề “Tuổi trẻ học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm "
            "2026."
        ),
        P(
            "Theo kế hoạch của Đoàn xã, mỗi đoàn viên đăng ký ít nhất một việc làm cụ thể gắn với "
            "nhiệm vụ chuyên môn và hoạt động tình nguyện tại địa phương."
        ),
        P(
            "Tại buổi sinh hoạt, các đoàn viên đã chia sẻ những câu chuyện về Bác, thảo luận và xây "
            "dựng công trình thanh niên “Góc đọc sách thân thiện” tại thư viện nhà trường."
        ),
        Raw('<p style="text-align: right;"><em>Nguồn: Đoàn Thanh niên xã Thống Nhất</em></p>'),
    ],
    source="Đoàn Thanh niên xã Thống Nhất",
    opts={
        "posted": "26/10/2026 8:00:00 CH",
        "updated": None,
        "meta_time": "2026-10-26T20:00:00+07:00",
        "poster": "tn.quantri",
        "short": True,
        "tags": [],
        "thumb": f"{THUMB}/2026/10/chi-doan-gv_t.jpg",
    },
)

A9 = Story(
    id=2492875,
    slug="thong-bao-ve-viec-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
    cat="tb",
    published_at="2026-11-30",
    blocks=[
        _letterhead("87/TB-THCSTN", "ngày 30 tháng 11 năm 2026"),
        _doc_kind("Về việc tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027"),
        P(
            "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027, Trường THCS Thống Nhất thông "
            "báo lịch kiểm tra cuối học kỳ I như sau:"
        ),
        P("1. Thời gian: từ ngày 21/12/2026 đến ngày 26/12/2026."),
        P("2. Hình thức: kiểm tra tập trung theo khối đối với các môn Toán, Ngữ văn, Tiếng Anh; các môn còn lại kiểm tra trên lớp theo thời khóa biểu."),
        P("3. Học sinh có mặt trước giờ kiểm tra 15 phút, mang theo thẻ học sinh và dụng cụ học tập cần thiết."),
        P("Đề nghị giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh để thực hiện."),
        _closing(["- Như trên;", "- Lưu: VT."], "HIỆU TRƯỞNG", "Nguyễn Thị Hằng"),
    ],
    authors=["Nguyễn Thị Hằng"],
    opts={
        "posted": "01/12/2026 7:30:00 SA",
        "updated": None,
        "meta_time": "2026-12-01T07:30:00+07:00",
        "poster": "tn.vanthu",
        "tags": [],
    },
)

A10 = Story(
    id=2493340,
    slug="thong-bao-lich-nghi-tet-duong-lich-2027-doi-voi-hoc-sinh",
    title="Thông báo lịch nghỉ Tết Dương lịch 2027 đối với học sinh",
    cat="tb",
    published_at="2026-12-04T16:15:00+07:00",
    blocks=[
        P(
            "Thực hiện Công văn của UBND tỉnh về việc nghỉ Tết Dương lịch năm 2027, nhà trường "
            "thông báo tới toàn thể cán bộ, giáo viên, học sinh và cha mẹ học sinh lịch nghỉ như sau:"
        ),
        P("Học sinh nghỉ học từ thứ Sáu ngày 01/01/2027 đến hết Chủ nhật ngày 03/01/2027."),
        P("Học sinh đi học bình thường từ thứ Hai ngày 04/01/2027.", style="br"),
        P(
            "Đề nghị cha mẹ học sinh quản lý con em trong thời gian nghỉ Tết, nhắc nhở các em không "
            "tham gia các trò chơi nguy hiểm, chấp hành tốt Luật Giao thông đường bộ."
        ),
        Raw(
            '<p><strong>File đính kèm:</strong> <a href="/Data/upload/files/thcsthongnhat/2026/12/'
            'TB_nghi_Tet_DL_2027.pdf" target="_blank"><img src="/Content/themes/th03/images/icon_pdf.gif"'
            ' alt="" /> TB_nghi_Tet_DL_2027.pdf</a> (152 KB)</p>'
        ),
    ],
    opts={
        "posted": "04/12/2026 4:15:00 CH",
        "updated": None,
        "meta_time": "2026-12-04T16:15:00+07:00",
        "poster": "tn.quantri",
        "tags": [],
    },
)

A11 = Story(
    id=2487602,
    slug="thong-bao-tuyen-chon-hoc-sinh-tham-gia-doi-tuyen-hoc-sinh-gioi-cap-tinh-lop-9",
    title="Thông báo tuyển chọn học sinh tham gia đội tuyển học sinh giỏi cấp tỉnh lớp 9",
    cat="tb",
    published_at="2026-10-15",
    blocks=[
        _letterhead("64/TB-THCSTN", "ngày 15 tháng 10 năm 2026"),
        _doc_kind("Về việc tuyển chọn học sinh tham gia đội tuyển học sinh giỏi cấp tỉnh lớp 9"),
        P(
            "Nhằm chuẩn bị tốt cho Kỳ thi chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026 - 2027, "
            "nhà trường tổ chức tuyển chọn học sinh vào các đội tuyển như sau:"
        ),
        P("1. Đối tượng: học sinh lớp 9 có kết quả học tập năm học lớp 8 xếp loại Tốt."),
        P("2. Các môn tuyển chọn: Toán, Ngữ văn, Tiếng Anh, Khoa học tự nhiên, Lịch sử và Địa lí."),
        P("3. Thời gian làm bài tuyển chọn: 14 giờ 00 ngày 22/10/2026 tại phòng học bộ môn."),
        P("Học sinh đăng ký với giáo viên chủ nhiệm trước ngày 20/10/2026."),
        _closing(
            ["- Các tổ chuyên môn;", "- GVCN khối 9;", "- Lưu: VT."],
            "PHÓ HIỆU TRƯỞNG",
            "Nguyễn Văn Khánh",
            kt="KT. HIỆU TRƯỞNG",
        ),
    ],
    authors=["Nguyễn Văn Khánh"],
    opts={
        "posted": "16/10/2026 9:10:00 SA",
        "updated": None,
        "meta_time": "2026-10-16T09:10:00+07:00",
        "poster": "tn.vanthu",
        "tags": [],
    },
)

A12 = Story(
    id=2493012,
    slug="de-cuong-on-tap-cuoi-hoc-ky-i-mon-toan-9-nam-hoc-2026-2027",
    title="Đề cương ôn tập cuối học kỳ I môn Toán 9 năm học 2026 - 2027",
    cat="ght",
    published_at="2026-12-02T12:20:00+07:00",
    summary=(
        "Tổ Toán - Tin giới thiệu đề cương ôn tập cuối học kỳ I môn Toán 9 để các em học sinh "
        "chủ động ôn luyện trước kỳ kiểm tra."
    ),
    sapo_outside=True,
    blocks=[
        P("A. PHẦN ĐẠI SỐ", style="h"),
        P("Căn bậc hai, căn bậc ba và các phép biến đổi biểu thức chứa căn.", style="ol"),
        P("Phương trình quy về phương trình bậc nhất một ẩn; hệ hai phương trình bậc nhất hai ẩn.", style="ol"),
        P("Bất đẳng thức và bất phương trình bậc nhất một ẩn.", style="ol"),
        P("B. PHẦN HÌNH HỌC", style="h"),
        P("Tỉ số lượng giác của góc nhọn; hệ thức giữa cạnh và góc trong tam giác vuông.", style="ol"),
        P("Đường tròn, vị trí tương đối của đường thẳng và đường tròn; tiếp tuyến của đường tròn.", style="ol"),
        P(
            "Lưu ý: Học sinh ôn kỹ lý thuyết, làm lại các bài tập trong sách giáo khoa và sách bài "
            "tập; đề kiểm tra gồm 30% trắc nghiệm và 70% tự luận."
        ),
        _byline("Tổ Toán - Tin"),
        Raw(
            '<p><strong>File đính kèm:</strong> <a href="/Data/upload/files/thcsthongnhat/2026/12/'
            'De_cuong_Toan9_HKI.pdf" target="_blank">De_cuong_Toan9_HKI.pdf</a></p>'
        ),
        Raw(
            '<p><em>Xem thêm: <a href="/tin-tuc/2491203/thao-giang-chao-mung-ngay-20-11-lan-toa-doi-moi'
            '-phuong-phap-day-hoc.html">Thao giảng chào mừng ngày 20/11: lan tỏa đổi mới phương pháp '
            "dạy học</a></em></p>"
        ),
    ],
    authors=["Tổ Toán - Tin"],
    opts={
        "posted": "02/12/2026 12:20:00 CH",
        "updated": None,
        "meta_time": "2026-12-02T12:20:00+07:00",
        "poster": "tn.toantin",
        "tags": ["ôn tập"],
        "thumb": "/Content/themes/th03/images/no-image.png",
    },
)

A13 = Story(
    id=2491650,
    slug="bi-quyet-hoc-tu-vung-tieng-anh-hieu-qua-cho-hoc-sinh-thcs",
    title="Bí quyết học từ vựng tiếng Anh hiệu quả cho học sinh THCS",
    cat="ght",
    published_at="2026-11-18T15:20:00+07:00",
    summary=(
        "Vốn từ vựng là nền tảng để học sinh nghe, nói, đọc, viết tiếng Anh tự tin. Dưới đây là "
        "một số cách học từ vựng đơn giản mà hiệu quả."
    ),
    blocks=[
        P(
            "Vốn từ vựng là nền tảng để học sinh nghe, nói, đọc, viết tiếng Anh tự tin. Dưới đây là "
            "một số cách học từ vựng đơn giản mà hiệu quả.",
            style="b",
        ),
        P("1. Học từ theo chủ đề", style="h"),
        P(
            "Thay vì học rời rạc, các em nên nhóm từ theo chủ đề như gia đình, trường học, môi "
            "trường; não bộ ghi nhớ tốt hơn khi các từ có liên hệ với nhau.[1]"
        ),
        P("2. Lặp lại ngắt quãng", style="h"),
        P(
            "Ôn lại từ mới sau 1 ngày, 3 ngày, 7 ngày rồi 14 ngày giúp chuyển từ vựng vào trí nhớ dài "
            "hạn.",
            style="sup2",
        ),
        Img(
            f"{UP}/2026/11/flashcard-tieng-anh.jpg",
            printed="Học sinh lớp 8A học từ vựng bằng thẻ flashcard",
            caption="Học sinh lớp 8A học từ vựng bằng thẻ flashcard",
            style="pem",
        ),
        P("3. Đặt câu với từ mới", style="h"),
        P("Mỗi từ mới, các em hãy đặt ít nhất hai câu gắn với cuộc sống hằng ngày của mình."),
        P("Tài liệu tham khảo", style="h"),
        P("[1] Bộ Giáo dục và Đào tạo, Sách giáo viên Tiếng Anh 8, NXB Giáo dục Việt Nam, 2023."),
        P("[2] Ebbinghaus, H., Memory: A Contribution to Experimental Psychology, 1885."),
        _byline("Đinh Thị Phương Thảo"),
    ],
    authors=["Đinh Thị Phương Thảo"],
    opts={
        "posted": "18/11/2026 3:20:00 CH",
        "updated": "19/11/2026 9:40:00 SA",
        "meta_time": "2026-11-19T09:40:00+07:00",
        "poster": "tn.tienganh",
        "tags": ["ôn tập"],
        "thumb": f"{THUMB}/2026/11/flashcard-tieng-anh_t.jpg",
    },
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_ID = {s.id: s for s in STORIES}


def _sort_key(story: Story) -> tuple[str, str]:
    day, time_, ampm = story.opts["posted"].split(" ")
    d, m, y = day.split("/")
    h, mi, _ = (int(x) for x in time_.split(":"))
    h = h % 12 + (12 if ampm == "CH" else 0)
    return (f"{y}{m}{d}", f"{h:02d}{mi:02d}")


NEWEST = sorted(STORIES, key=_sort_key, reverse=True)


def in_section(key: str) -> list[Story]:
    return [s for s in NEWEST if s.cat == key]


def page_of(key: str, page: int) -> list[Story]:
    size = PAGE_SIZE[key]
    return in_section(key)[(page - 1) * size : page * size]


def n_pages(key: str) -> int:
    size = PAGE_SIZE[key]
    return max(1, -(-len(in_section(key)) // size))


def url_of(story: Story) -> str:
    return f"/tin-tuc/{story.id}/{story.slug}.html"


def day_of(story: Story) -> str:
    return story.opts["posted"].split(" ")[0]


def teaser(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) < 180 else first[:170].rsplit(" ", 1)[0] + "..."


# --- the article text as CKEditor (and Word) printed it ---------------------------------------


def _img_html(img: Img) -> str:
    src = esc(img.src)
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" style="width:560px">\n<tbody>\n'
            f'<tr><td style="text-align:center"><img alt="" src="{src}" style="width:550px; height:366px" /></td></tr>\n'
            f'<tr><td style="text-align:center"><em>{esc(img.printed or "")}</em></td></tr>\n'
            "</tbody>\n</table>"
        )
    if img.style == "lazy":
        out = (
            '<p style="text-align:center"><img class="lazy" src="/Content/images/grey.gif" '
            f'data-original="{src}" alt="" width="600" height="400" /></p>'
        )
        if img.printed:
            out += f'\n<p style="text-align:center"><span style="font-size:11pt"><i>{esc(img.printed)}</i></span></p>'
        return out
    if img.style == "fig":
        return (
            '<div style="text-align:center; margin:6px auto">'
            f'<img alt="{esc(img.printed or "")}" src="{src}" style="max-width:100%" />'
            f'<div style="font-style:italic; color:#555; font-size:12px">{esc(img.printed or "")}</div></div>'
        )
    out = f'<p style="text-align:center"><img alt="" src="{src}" style="width:600px; height:400px" /></p>'
    if img.style == "pem" and img.printed:
        out += f'\n<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    return out


_MSO_BULLET = (
    '<!--[if !supportLists]--><span style="font-family:Symbol;mso-fareast-font-family:Symbol;'
    'mso-bidi-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times '
    'New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->'
)


def render_blocks(blocks: list) -> str:
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            out.append(_img_html(b))
            i += 1
            continue
        style = b.style
        if style in ("li", "ol", "tr"):
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == style:
                group.append(blocks[i].text)
                i += 1
            if style == "tr":
                rows = []
                for n, row in enumerate(group):
                    cells = [esc(c) for c in row.split(" | ")]
                    if n == 0:  # the editor bolds the header row instead of using <th>
                        cells = [f"<strong>{c}</strong>" for c in cells]
                    rows.append("<tr>" + "".join(f'<td style="padding:3px">{c}</td>' for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width:100%; border-collapse:collapse">\n'
                    "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>"
                )
            else:
                tag = "ul" if style == "li" else "ol"
                out.append(f"<{tag}>\n" + "\n".join(f"\t<li>{esc(t)}</li>" for t in group) + f"\n</{tag}>")
            continue
        # a paragraph, possibly followed by "br" continuations printed in the same <p>
        texts = [esc(b.text)]
        j = i + 1
        while j < len(blocks) and isinstance(blocks[j], P) and blocks[j].style == "br":
            texts.append(esc(blocks[j].text))
            j += 1
        inner = "<br />\n".join(texts)
        if style == "h":
            out.append(f"<h3><strong>{inner}</strong></h3>")
        elif style == "b":
            out.append(f'<p style="text-align:justify"><strong>{inner}</strong></p>')
        elif style == "quote":
            out.append(f'<blockquote>\n<p><em>{inner}</em></p>\n</blockquote>')
        elif style == "mso":
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                f'<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;">'
                f"{inner}<o:p></o:p></span></p>"
            )
        elif style == "msoli":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;mso-add-space:auto;'
                'text-align:justify;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
                f'{_MSO_BULLET}<span lang="VI" style="font-size:14.0pt">{inner}<o:p></o:p></span></p>'
            )
        elif style == "sup2":
            out.append(
                f'<p style="text-align:justify">{inner}<sup><a href="#tltk2" name="_ftnref2" '
                'title="">2</a></sup></p>'
            )
        else:
            out.append(f'<p style="text-align:justify">{inner}</p>')
        i = j
    return "\n".join(out)


# --- the platform's chrome -------------------------------------------------------------------

MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Lịch sử nhà trường", "/gioi-thieu"), ("Cơ cấu tổ chức", "/gioi-thieu#co-cau")]),
    (
        "Tin tức",
        "javascript:void(0);",
        [(SECTIONS[k][1], SECTIONS[k][0]) for k in ("hdnt", "hdcm", "dd")],
    ),
    ("Thông báo", "/thong-bao", []),
    ("Góc học tập", "/goc-hoc-tap", []),
    ("Văn bản", "/van-ban", []),
    ("Thời khóa biểu", "/thoi-khoa-bieu", []),
    ("Thư viện", "javascript:void(0);", [("Thư viện ảnh", "/thu-vien-anh"), ("Video clip", "/video")]),
    ("Liên hệ", "/lien-he", []),
]


def _menu(active: str) -> str:
    items = []
    for n, (label, href, subs) in enumerate(MENU):
        cls = ' class="act"' if label == active else ""
        sub = ""
        if subs:
            sub = '\n<ul class="m-con">' + "".join(
                f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in subs
            ) + "</ul>"
        items.append(f'<li id="mn{n + 1}"{cls}><a href="{href}">{esc(label)}</a>{sub}</li>')
    return '<div id="ctl00_mnTop" class="mnu-ngang"><ul>\n' + "\n".join(items) + "\n</ul></div>"


def _marquee() -> str:
    links = " &nbsp;&nbsp;★&nbsp;&nbsp; ".join(
        f'<a href="{url_of(s)}">{esc(s.title)}</a>' for s in in_section("tb")[:2]
    )
    return f'<div class="chay-chu"><b>Thông báo:</b> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{links}</marquee></div>'


MOST_READ = [A2, A6, A8]


def _sidebar() -> str:
    docs = "".join(
        f'<li><a href="/van-ban/{d["id"]}/{d["slug"]}.html">{esc(d["so"])} - {esc(d["trich_yeu"][:60])}...</a></li>'
        for d in DOCS
    )
    most = "".join(
        f'<li><a href="/tin-tuc/{s.id}.html" title="{esc(s.title)}">{esc(s.title)}</a> <span class="lx">({s.views()})</span></li>'
        for s in MOST_READ
    )
    return f"""<div id="ctl00_colRight" class="cot-phai">
<div class="khung-p"><div class="tde-p">Tìm kiếm</div>
<form action="/tim-kiem" method="get" id="frmTK"><input type="text" name="tukhoa" placeholder="Nhập từ khóa..." /><input type="submit" value="Tìm" /></form></div>
<div class="khung-p"><div class="tde-p">Tin xem nhiều</div><ul class="ds-xn">{most}</ul></div>
<div class="khung-p"><div class="tde-p">Văn bản mới</div><ul class="ds-vb">{docs}</ul><a class="xt" href="/van-ban">Xem tất cả »</a></div>
<div class="khung-p" id="ctl00_wg_TinNganh_9"><div class="tde-p">Tin tức ngành</div>
<ul class="ds-tn">
<li><a href="https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=11234" target="_blank">Bộ GD&amp;ĐT hướng dẫn kiểm tra, đánh giá học sinh THCS học kỳ I</a></li>
<li><a href="https://moet.gov.vn/tintuc/Pages/tin-tong-hop.aspx?ItemID=11201" target="_blank">Tăng cường giáo dục kỹ năng phòng, chống đuối nước cho học sinh</a></li>
<li><a href="https://hungyen.edu.vn/tin-tuc/so-gddt-tap-huan-chuyen-doi-so.html" target="_blank">Sở GD&amp;ĐT tập huấn chuyển đổi số trong nhà trường</a></li>
</ul><div class="ng-tn">Nguồn: Cổng thông tin Bộ GD&amp;ĐT</div></div>
<div class="khung-p"><div class="tde-p">Thăm dò ý kiến</div>
<form id="frmBC" action="javascript:void(0);" onsubmit="return BinhChon(31);">
<p>Bạn biết đến website của nhà trường qua kênh nào?</p>
<label><input type="radio" name="bc31" value="1" /> Giáo viên chủ nhiệm</label><br />
<label><input type="radio" name="bc31" value="2" /> Nhóm Zalo phụ huynh</label><br />
<label><input type="radio" name="bc31" value="3" /> Sổ liên lạc điện tử</label><br />
<input type="submit" value="Bình chọn" /> <a href="javascript:XemKQ(31);">Xem kết quả</a></form></div>
<div class="khung-p"><div class="tde-p">Liên kết website</div>
<select onchange="if(this.value!='')window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://hungyen.edu.vn">Sở GD&amp;ĐT Hưng Yên</option>
<option value="https://vnedu.vn">Sổ liên lạc điện tử</option><option value="https://taphuan.csdl.edu.vn">Tập huấn giáo viên</option></select></div>
<div class="khung-p" id="ctl00_wg_ThongKe_3"><div class="tde-p">Thống kê truy cập</div>
<table class="tk"><tr><td>Đang online:</td><td>17</td></tr><tr><td>Hôm nay:</td><td>342</td></tr><tr><td>Tháng này:</td><td>6.874</td></tr><tr><td>Tổng truy cập:</td><td>1.284.517</td></tr></table></div>
<div class="khung-p" id="ctl00_wg_HoTro_5"><div class="tde-p">Hỗ trợ kỹ thuật</div><p>Tổng đài hỗ trợ Trường học số: <b>1800 1260</b> (miễn phí)</p></div>
</div>"""


def _layout(request: Request, title: str, main: str, *, active: str = "", head_extra: str = "") -> Response:
    body = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="generator" content="TruongHocSo 4.2" />
{head_extra}
<link rel="shortcut icon" href="/Content/themes/th03/images/favicon.ico" />
<link href="/Content/themes/th03/css/style.css" rel="stylesheet" type="text/css" />
<script src="/Scripts/jquery-1.8.3.min.js" type="text/javascript"></script>
<script src="/Scripts/jquery.lazyload.min.js" type="text/javascript"></script>
<script src="/Content/themes/th03/js/common.js" type="text/javascript"></script>
</head>
<body>
<div id="thongbao-hethong" style="background:#fffbe5;font-size:12px;padding:3px 8px">Hệ thống Trường học số sẽ bảo trì từ 22h00 ngày 06/12/2026 đến 02h00 ngày 07/12/2026. Mong quý thầy cô thông cảm!</div>
<div class="wrap">
<div class="top-bar"><span class="ngay-ht">{HEADER_TODAY}</span>
<span class="tb-r"><a href="https://sso.truonghocso.vn/dang-nhap?returnUrl=thcsthongnhat">Đăng nhập</a> | <a href="/rss.aspx">RSS</a></span></div>
<div class="banner"><a href="/"><img src="/Data/upload/files/thcsthongnhat/banner/banner-thcs-thong-nhat.png" alt="{SCHOOL}" /></a>
<div class="ten-truong"><span>UBND XÃ THỐNG NHẤT</span><h2>{SCHOOL.upper()}</h2></div></div>
{_menu(active)}
{_marquee()}
<div class="noi-dung">
<div id="ctl00_colMain" class="cot-giua">
{main}
</div>
{_sidebar()}
</div>
<div class="chan-trang">
<p><b>{SCHOOL.upper()}</b></p>
<p>Địa chỉ: Thôn Đông Hưng, xã Thống Nhất, tỉnh Hưng Yên - Điện thoại: 0221.3865.217</p>
<p>Email: c2thongnhat@hungyen.edu.vn - Người chịu trách nhiệm: Hiệu trưởng Nguyễn Thị Hằng</p>
<p class="bq">© 2026 Bản quyền thuộc {esc(SCHOOL)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="bq">Hệ thống Trường học số - Giải pháp website trường học trực tuyến | <a href="https://truonghocso.vn" target="_blank">truonghocso.vn</a></p>
</div>
</div>
<div id="ctl00_wg_SLLDT_popup" style="display:none"></div>
<script type="text/javascript">$(function(){{ $("img.lazy").lazyload({{effect:"fadeIn"}}); }});</script>
</body>
</html>"""
    return html(body)


def _crumbs(*parts: tuple[str, str | None]) -> str:
    out = ['<a href="/">Trang chủ</a>']
    for label, href in parts:
        out.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duongdan">' + ' <span class="mt">›</span> '.join(out) + "</div>"


def _section_crumbs(key: str) -> str:
    path, name, parent = SECTIONS[key]
    parts: list[tuple[str, str | None]] = []
    if parent:
        parts.append((parent, None))
    parts.append((name, path))
    return _crumbs(*parts)


# --- article pages -----------------------------------------------------------------------------

SLLDT_WIDGET = """<div id="ctl00_cphMain_wg_SLLDT_17" style="border:1px dashed #f08a24; padding:8px 12px; margin:14px 0; background:#fff8f0">
<p style="margin:0 0 6px 0"><img src="/Content/images/widget/slldt-icon.png" alt="" style="vertical-align:middle" /> <b>Sổ liên lạc điện tử</b> - Kênh kết nối nhà trường và gia đình</p>
<p style="margin:0">Quý phụ huynh cài đặt ứng dụng Sổ liên lạc điện tử trên điện thoại để theo dõi kết quả học tập, điểm danh, thời khóa biểu của con em và nhận thông báo của nhà trường hằng ngày. Mọi thắc mắc xin liên hệ tổng đài 1800 1260.</p>
</div>"""


def _tools(story: Story) -> str:
    print_url = f"{url_of(story)}?print=1"
    return (
        '<div class="cong-cu"><a href="javascript:void(0);" onclick="CoChu(-1)">A-</a> '
        '<a href="javascript:void(0);" onclick="CoChu(1)">A+</a> | '
        f"<a href=\"javascript:void(0);\" onclick=\"window.open('{print_url}','InBai','width=820,height=600,scrollbars=1');\">"
        '<img src="/Content/images/icon/print.gif" alt="" /> In bài</a> | '
        f'<a href="mailto:?subject={quote_plus(story.title)}"><img src="/Content/images/icon/email.gif" alt="" /> Gửi email</a> | '
        f'<a href="https://www.facebook.com/sharer/sharer.php?u=https://thcsthongnhat.truonghocso.vn{url_of(story)}" target="_blank">'
        '<img src="/Content/images/icon/fb-share.png" alt="Chia sẻ" /></a></div>'
    )


def _meta_line(story: Story) -> str:
    parts = [f'<span class="ico-lich"></span>Ngày đăng: {story.opts["posted"]}']
    if story.opts.get("updated"):
        parts.append(f'Cập nhật: {story.opts["updated"]}')
    parts.append(f"Lượt xem: {story.views()}")
    parts.append(f'Người đăng: <a href="javascript:void(0);">{story.opts["poster"]}</a>')
    return '<div class="tt-dang">' + " &nbsp;|&nbsp; ".join(parts) + "</div>"


def _comments(story: Story) -> str:
    c = story.opts.get("comment")
    shown = ""
    count = 0
    if c:
        count = 1
        shown = (
            f'<div class="bl-item"><b>{esc(c[0])}</b> <span class="bl-ngay">({c[1]})</span>'
            f"<p>{esc(c[2])}</p></div>"
        )
    return f"""<div class="binh-luan" id="binhluan">
<div class="tde-bl">Bình luận ({count})</div>
{shown}
<div class="bl-form"><p>Họ tên: <input type="text" id="txtHoTen" /> Email: <input type="text" id="txtEmail" /></p>
<p><textarea id="txtNoiDung" rows="4" cols="60"></textarea></p>
<p><input type="button" value="Gửi bình luận" onclick="GuiBinhLuan({story.id});" /></p></div>
</div>"""


def article_page(request: Request, story: Story) -> Response:
    base = base_url(request)
    canonical = base + url_of(story)
    og_title = story.opts.get("old_title") or story.title
    description = teaser(story)
    head = (
        f'<meta name="description" content="{esc(description)}" />\n'
        f'<link rel="canonical" href="{canonical}" />\n'
        f'<meta property="og:type" content="article" />\n'
        f'<meta property="og:title" content="{esc(og_title)}" />\n'
        f'<meta property="og:url" content="{canonical}" />\n'
        f'<meta property="article:published_time" content="{story.opts["meta_time"]}" />'
    )
    if story.images:
        head += f'\n<meta property="og:image" content="{base}{story.images[0].src}" />'
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="tomtat-ct"><strong>{esc(story.summary)}</strong></div>'
    lastmod = ""
    if story.opts.get("lastmod"):
        lastmod = f'<div class="sua-cuoi" style="text-align:right;color:#888;font-size:11px">{story.opts["lastmod"]}</div>'
    tags = ""
    if story.opts.get("tags"):
        tags = '<div class="tu-khoa"><b>Từ khóa:</b> ' + ", ".join(
            f'<a href="/tim-kiem?tukhoa={quote_plus(t)}">{esc(t)}</a>' for t in story.opts["tags"]
        ) + "</div>"
    others = [s for s in page_of(story.cat, 1) if s.id != story.id]
    other_html = ""
    if others:
        other_html = (
            '<div class="tin-khac"><div class="tde-tk">Các tin khác</div><ul>'
            + "".join(
                f'<li><a href="{url_of(s)}">{esc(s.title)}</a> <span class="ngay-tk">({day_of(s)})</span></li>'
                for s in others
            )
            + "</ul></div>"
        )
    main = f"""<div id="ctl00_cphMain_ucChiTiet_pnlTin" class="ct-tin">
{_section_crumbs(story.cat)}
<h1 class="td-ct">{esc(story.title)}</h1>
{_meta_line(story)}
{_tools(story)}
{sapo}
<div class="nd-ct" id="ndct_{story.id}" style="font-size:14px; line-height:1.6">
{render_blocks(story.blocks)}
</div>
{lastmod}
{SLLDT_WIDGET}
{tags}
{_comments(story)}
{other_html}
</div>"""
    title = f"{story.title} - {SCHOOL}"
    return _layout(request, title, main, active=SECTIONS[story.cat][1], head_extra=head)


def print_page(request: Request, story: Story) -> Response:
    sapo = f"<p><b>{esc(story.summary)}</b></p>" if story.summary and story.sapo_outside else ""
    body = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>In bài: {esc(story.title)}</title>
<meta name="robots" content="noindex" />
<link rel="canonical" href="{base_url(request)}{url_of(story)}" />
<style>body{{font-family:'Times New Roman';font-size:13pt;width:760px;margin:10px auto}}</style></head>
<body onload="window.print()">
<table width="100%"><tr><td><b>{SCHOOL.upper()}</b><br />http://thcsthongnhat.truonghocso.vn</td></tr></table><hr />
<h2>{esc(story.title)}</h2>
<p><i>Ngày đăng: {story.opts["posted"]}</i></p>
{sapo}
{render_blocks(story.blocks)}
<hr /><p style="font-size:10pt">In từ website {esc(SCHOOL)}</p>
</body></html>"""
    return html(body)


# --- listings -----------------------------------------------------------------------------------


def _item(story: Story) -> str:
    thumb = story.opts.get("thumb") or "/Content/themes/th03/images/no-image.png"
    return f"""<div class="tin-ds">
<a href="{url_of(story)}" class="anh-ds"><img src="{thumb}" alt="{esc(story.title)}" width="150" height="100" /></a>
<h3 class="td-tin"><a href="{url_of(story)}">{esc(story.title)}</a></h3>
<span class="ngay-ds">({day_of(story)})</span>
<p class="mota-ds">{esc(teaser(story))}</p>
<div class="clr"></div></div>"""


def section_page(request: Request, key: str, page: int) -> Response | None:
    path, name, _ = SECTIONS[key]
    total = n_pages(key)
    if page < 1 or page > total:
        return None
    items = "\n".join(_item(s) for s in page_of(key, page))
    if key == "ght":
        d = DOCS[1]
        items += f"""\n<div class="tin-ds tl-vb">
<a href="/van-ban/{d["id"]}/{d["slug"]}.html" class="anh-ds"><img src="/Content/themes/th03/images/icon-vanban.png" alt="" width="150" height="100" /></a>
<h3 class="td-tin"><a href="/van-ban/{d["id"]}/{d["slug"]}.html">[Tài liệu] {esc(d["trich_yeu"])}</a></h3>
<span class="ngay-ds">({d["ngay"]})</span><div class="clr"></div></div>"""
    pager = ""
    if total > 1:
        links = ['<a href="' + path + '">« Đầu</a>']
        for n in range(1, total + 1):
            if n == page:
                links.append(f'<span class="htai">{n}</span>')
            else:
                links.append(f'<a href="{path if n == 1 else f"{path}?page={n}"}">{n}</a>')
        links.append(f'<a href="{path}?page={total}">Cuối »</a>')
        pager = '<div class="phan-trang">' + " ".join(links) + "</div>"
    main = f"""{_section_crumbs(key)}
<div class="khung-ds" id="ctl00_cphMain_ucDanhSach_pnlDS">
<div class="tde-ds"><h1>{esc(name)}</h1></div>
{items}
{pager}
</div>"""
    suffix = f" - Trang {page}" if page > 1 else ""
    return _layout(request, f"{name}{suffix} - {SCHOOL}", main, active=name if key in ("tb", "ght") else "Tin tức")


def notices_page(request: Request, page: int) -> Response | None:
    total = n_pages("tb")
    if page < 1 or page > total:
        return None
    size = PAGE_SIZE["tb"]
    rows = "\n".join(
        f'<tr><td style="text-align:center">{(page - 1) * size + n + 1}</td>'
        f'<td><a href="{url_of(s)}">{esc(s.title)}</a></td><td style="text-align:center">{day_of(s)}</td></tr>'
        for n, s in enumerate(page_of("tb", page))
    )
    options = "".join(
        f'<option value="{n}"{" selected" if n == page else ""}>Trang {n}</option>' for n in range(1, total + 1)
    )
    main = f"""{_crumbs(("Thông báo", "/thong-bao"))}
<div class="khung-ds" id="ctl00_cphMain_ucThongBao_pnlTB">
<div class="tde-ds"><h1>Thông báo</h1></div>
<table class="bang-tb" border="1" cellpadding="4" cellspacing="0" style="width:100%; border-collapse:collapse">
<tr style="background:#1d5fa8; color:#fff"><th style="width:50px">STT</th><th>Tiêu đề</th><th style="width:100px">Ngày đăng</th></tr>
{rows}
</table>
<form method="get" action="/thong-bao" class="chon-trang" style="text-align:right; margin-top:6px">
Tổng số: {len(in_section("tb"))} thông báo. Xem <select name="trang" onchange="this.form.submit();">{options}</select>
<noscript><input type="submit" value="Xem" /></noscript>
</form>
</div>"""
    return _layout(request, f"Thông báo - {SCHOOL}", main, active="Thông báo")


def home_page(request: Request) -> Response:
    slider = [A1, A7, A5]
    slides = []
    for s in slider:
        slug = s.opts.get("old_slug") or s.slug
        title = s.opts.get("old_title") or s.title
        img = s.images[0].src if s.images else s.opts.get("thumb")
        slides.append(
            f'<li><a href="/tin-tuc/{s.id}/{slug}.html"><img src="{img}" alt="" width="460" height="300" /></a>'
            f'<div class="slide-td"><a href="/tin-tuc/{s.id}/{slug}.html">{esc(title)}</a></div></li>'
        )
    newest = NEWEST[:6]
    new_list = "".join(
        f'<li><a href="{url_of(s)}">{esc(s.title)}</a> <span class="moi">({day_of(s)})</span>'
        + (' <img src="/Content/images/icon/new.gif" alt="new" />' if _sort_key(s)[0] >= "20261203" else "")
        + "</li>"
        for s in newest
    )

    def block(key: str, count: int) -> str:
        path, name, _ = SECTIONS[key]
        stories = page_of(key, 1)[:count]
        first, rest = stories[0], stories[1:]
        thumb = first.opts.get("thumb") or "/Content/themes/th03/images/no-image.png"
        rest_html = "".join(f'<li><a href="{url_of(s)}">{esc(s.title)}</a></li>' for s in rest)
        return f"""<div class="khoi-cm"><div class="tde-cm"><a href="{path}">{esc(name)}</a><a class="xt" href="{path}">Xem thêm</a></div>
<div class="tin-dau"><a href="{url_of(first)}"><img src="{thumb}" alt="" width="160" height="110" /></a>
<h4><a href="{url_of(first)}">{esc(first.title)}</a></h4><p>{esc(teaser(first))}</p></div>
<ul class="ds-cm">{rest_html}</ul><div class="clr"></div></div>"""

    blocks = "\n".join(block(k, 3) for k in ("hdnt", "tb", "hdcm", "dd", "ght"))
    album, video = ALBUMS[0], VIDEOS[0]
    main = f"""<div class="slider-home" id="ctl00_cphMain_ucSlider"><ul>{''.join(slides)}</ul></div>
<div class="khoi-cm" id="tinmoi"><div class="tde-cm"><span>Tin mới nhất</span></div><ul class="ds-moi">{new_list}</ul></div>
{blocks}
<div class="khoi-cm"><div class="tde-cm"><a href="/thu-vien-anh">Thư viện ảnh</a> | <a href="/video">Video</a></div>
<div class="tv-home"><a href="/thu-vien-anh/{album["id"]}/{album["slug"]}.html"><img src="{album["photos"][0][0]}" width="220" alt="" /><br />{esc(album["title"])}</a></div>
<div class="tv-home"><a href="/video/{video["id"]}/{video["slug"]}.html"><img src="{video["thumb"]}" width="220" alt="" /><br />{esc(video["title"])}</a></div>
<div class="clr"></div></div>"""
    return _layout(request, f"{SCHOOL} - Trường học số", main, active="Trang chủ")


def search_page(request: Request) -> Response:
    word = request.params.get("tukhoa", "").strip()
    if word:
        found = [s for s in NEWEST if word in s.opts.get("tags", []) or word.lower() in s.title.lower()]
        items = "\n".join(_item(s) for s in found) or "<p>Không tìm thấy kết quả phù hợp.</p>"
        head = f'<p>Kết quả tìm kiếm cho từ khóa: <b>{esc(word)}</b> ({len(found)} kết quả)</p>'
    else:
        items, head = "", "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    main = f"""{_crumbs(("Tìm kiếm", None))}
<div class="khung-ds"><div class="tde-ds"><h1>Tìm kiếm</h1></div>{head}
{items}</div>"""
    return _layout(request, f"Tìm kiếm - {SCHOOL}", main, head_extra='<meta name="robots" content="noindex,follow" />')


# --- pages that are not articles ---------------------------------------------------------------

DOCS = [
    {
        "id": 1187,
        "slug": "ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027",
        "so": "152/KH-THCSTN",
        "ngay": "15/09/2026",
        "loai": "Kế hoạch",
        "trich_yeu": "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
        "co_quan": "Trường THCS Thống Nhất",
        "nguoi_ky": "Nguyễn Thị Hằng",
        "file": "KH_giao_duc_nha_truong_2026_2027.pdf",
    },
    {
        "id": 1203,
        "slug": "de-minh-hoa-kiem-tra-cuoi-hoc-ky-i-mon-ngu-van-9",
        "so": "TL-NV9-01",
        "ngay": "25/11/2026",
        "loai": "Tài liệu học tập",
        "trich_yeu": "Đề minh họa kiểm tra cuối học kỳ I môn Ngữ văn 9 (kèm hướng dẫn chấm)",
        "co_quan": "Tổ Ngữ văn - GDCD",
        "nguoi_ky": "Đặng Thu Trang",
        "file": "De_minh_hoa_NV9_HKI.pdf",
    },
]

ALBUMS = [
    {
        "id": 315,
        "slug": "hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        "title": "Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        "ngay": "03/12/2026",
        "photos": [
            (f"{UP}/album/315/hkpd-01.jpg", "Lễ khai mạc Hội khỏe"),
            (f"{UP}/album/315/hkpd-02.jpg", "Nội dung chạy 60m nữ khối 6"),
            (f"{UP}/album/315/hkpd-03.jpg", "Trận chung kết bóng đá nam"),
            (f"{UP}/album/315/hkpd-04.jpg", "Trao giải Nhất toàn đoàn cho lớp 9B"),
        ],
    }
]

VIDEOS = [
    {
        "id": 88,
        "slug": "tiet-muc-mua-bui-phan-chao-mung-20-11",
        "title": "Tiết mục múa “Bụi phấn” chào mừng 20/11",
        "ngay": "21/11/2026",
        "youtube": "https://www.youtube.com/embed/Xq3bT0m7kPc",
        "thumb": f"{UP}/video/88/bui-phan.jpg",
        "desc": "Tiết mục múa của tập thể lớp 8A biểu diễn tại Lễ kỷ niệm Ngày Nhà giáo Việt Nam.",
    }
]


def _doc_url(d: dict) -> str:
    return f"/van-ban/{d['id']}/{d['slug']}.html"


def docs_page(request: Request) -> Response:
    rows = "\n".join(
        f'<tr><td>{n + 1}</td><td>{esc(d["so"])}</td><td>{d["ngay"]}</td>'
        f'<td><a href="{_doc_url(d)}">{esc(d["trich_yeu"])}</a></td>'
        f'<td><a href="{UP}/vanban/{d["file"]}"><img src="/Content/images/icon/download.gif" alt="Tải về" /></a></td></tr>'
        for n, d in enumerate(DOCS)
    )
    main = f"""{_crumbs(("Văn bản", "/van-ban"))}
<div class="khung-ds"><div class="tde-ds"><h1>Văn bản - Tài liệu</h1></div>
<table class="bang-vb" border="1" cellpadding="4" cellspacing="0" style="width:100%; border-collapse:collapse">
<tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>
{rows}
</table></div>"""
    return _layout(request, f"Văn bản - {SCHOOL}", main, active="Văn bản")


def doc_page(request: Request, d: dict) -> Response:
    main = f"""{_crumbs(("Văn bản", "/van-ban"))}
<div class="ct-vb" id="ctl00_cphMain_ucVanBan_pnlCT">
<h1 class="td-ct">{esc(d["trich_yeu"])}</h1>
<table class="tt-vb" border="1" cellpadding="5" cellspacing="0" style="width:100%; border-collapse:collapse">
<tr><td style="width:30%"><b>Số/Ký hiệu</b></td><td>{esc(d["so"])}</td></tr>
<tr><td><b>Ngày ban hành</b></td><td>{d["ngay"]}</td></tr>
<tr><td><b>Loại văn bản</b></td><td>{esc(d["loai"])}</td></tr>
<tr><td><b>Cơ quan ban hành</b></td><td>{esc(d["co_quan"])}</td></tr>
<tr><td><b>Người ký</b></td><td>{esc(d["nguoi_ky"])}</td></tr>
<tr><td><b>Trích yếu</b></td><td>{esc(d["trich_yeu"])}</td></tr>
<tr><td><b>File đính kèm</b></td><td><a href="{UP}/vanban/{d["file"]}">{d["file"]}</a></td></tr>
</table>
<div class="xem-file"><iframe src="https://docs.google.com/viewer?embedded=true&amp;url=https://thcsthongnhat.truonghocso.vn{UP}/vanban/{d["file"]}" width="100%" height="600" frameborder="0"></iframe></div>
</div>"""
    return _layout(request, f"{d['trich_yeu']} - {SCHOOL}", main, active="Văn bản")


def albums_page(request: Request) -> Response:
    items = "".join(
        f'<div class="album-ds"><a href="/thu-vien-anh/{a["id"]}/{a["slug"]}.html"><img src="{a["photos"][0][0]}" width="200" alt="" /></a>'
        f'<p><a href="/thu-vien-anh/{a["id"]}/{a["slug"]}.html">{esc(a["title"])}</a> ({len(a["photos"])} ảnh)</p></div>'
        for a in ALBUMS
    )
    main = f"""{_crumbs(("Thư viện ảnh", "/thu-vien-anh"))}
<div class="khung-ds"><div class="tde-ds"><h1>Thư viện ảnh</h1></div>{items}<div class="clr"></div></div>"""
    return _layout(request, f"Thư viện ảnh - {SCHOOL}", main, active="Thư viện")


def album_page(request: Request, a: dict) -> Response:
    photos = "\n".join(
        f'<li><a href="{src}" rel="lightbox[a{a["id"]}]" title="{esc(cap)}"><img src="{src}" width="180" alt="{esc(cap)}" /></a>'
        f"<span>{esc(cap)}</span></li>"
        for src, cap in a["photos"]
    )
    main = f"""{_crumbs(("Thư viện ảnh", "/thu-vien-anh"))}
<div class="ct-album"><h1 class="td-ct">{esc(a["title"])}</h1>
<div class="tt-dang">Ngày tạo: {a["ngay"]} | {len(a["photos"])} ảnh</div>
<ul class="ds-anh">{photos}</ul></div>"""
    return _layout(request, f"{a['title']} - Thư viện ảnh - {SCHOOL}", main, active="Thư viện")


def videos_page(request: Request) -> Response:
    items = "".join(
        f'<div class="video-ds"><a href="/video/{v["id"]}/{v["slug"]}.html"><img src="{v["thumb"]}" width="200" alt="" /></a>'
        f'<p><a href="/video/{v["id"]}/{v["slug"]}.html">{esc(v["title"])}</a></p></div>'
        for v in VIDEOS
    )
    main = f"""{_crumbs(("Video clip", "/video"))}
<div class="khung-ds"><div class="tde-ds"><h1>Video clip</h1></div>{items}<div class="clr"></div></div>"""
    return _layout(request, f"Video clip - {SCHOOL}", main, active="Thư viện")


def video_page(request: Request, v: dict) -> Response:
    main = f"""{_crumbs(("Video clip", "/video"))}
<div class="ct-video"><h1 class="td-ct">{esc(v["title"])}</h1>
<div class="tt-dang">Ngày đăng: {v["ngay"]}</div>
<div class="khung-video"><iframe width="640" height="360" src="{v["youtube"]}" frameborder="0" allowfullscreen></iframe></div>
<p>{esc(v["desc"])}</p></div>"""
    return _layout(request, f"{v['title']} - Video - {SCHOOL}", main, active="Thư viện")


def intro_page(request: Request) -> Response:
    main = f"""{_crumbs(("Giới thiệu", "/gioi-thieu"))}
<div class="ct-tin" id="ctl00_cphMain_ucTrangTinh_pnl">
<h1 class="td-ct">Giới thiệu chung về Trường THCS Thống Nhất</h1>
<div class="nd-ct">
<p style="text-align:justify">Trường THCS Thống Nhất được thành lập năm 1965, tiền thân là Trường Phổ thông cấp II Thống Nhất. Trải qua hơn 60 năm xây dựng và phát triển, nhà trường luôn là lá cờ đầu trong phong trào thi đua dạy tốt, học tốt của địa phương.</p>
<p style="text-align:justify">Năm học 2026 - 2027, nhà trường có 16 lớp với 612 học sinh; 41 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn về trình độ đào tạo.</p>
<p style="text-align:justify">Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2022 và được công nhận đạt kiểm định chất lượng giáo dục cấp độ 3.</p>
<h3 id="co-cau"><strong>Cơ cấu tổ chức</strong></h3>
<ul><li>Hiệu trưởng: Nguyễn Thị Hằng</li><li>Phó Hiệu trưởng: Nguyễn Văn Khánh</li>
<li>Các tổ chuyên môn: Tổ Toán - Tin, Tổ Ngữ văn - GDCD, Tổ Khoa học Tự nhiên, Tổ Xã hội, Tổ Ngoại ngữ - Nghệ thuật, Tổ Văn phòng.</li></ul>
</div></div>"""
    return _layout(request, f"Giới thiệu - {SCHOOL}", main, active="Giới thiệu")


def contact_page(request: Request) -> Response:
    main = f"""{_crumbs(("Liên hệ", "/lien-he"))}
<div class="ct-lh"><h1 class="td-ct">Liên hệ</h1>
<p><b>{esc(SCHOOL)}</b></p>
<p>Địa chỉ: Thôn Đông Hưng, xã Thống Nhất, tỉnh Hưng Yên</p>
<p>Điện thoại: 0221.3865.217 - Email: c2thongnhat@hungyen.edu.vn</p>
<div class="bl-form"><p>Họ và tên: <input type="text" id="lhHoTen" /></p><p>Email: <input type="text" id="lhEmail" /></p>
<p>Nội dung: <textarea id="lhNoiDung" rows="5" cols="50"></textarea></p>
<p><input type="button" value="Gửi liên hệ" onclick="GuiLienHe();" /></p></div>
<div class="ban-do"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3726" width="100%" height="300" frameborder="0"></iframe></div>
</div>"""
    return _layout(request, f"Liên hệ - {SCHOOL}", main, active="Liên hệ")


TKB_ROWS = [
    ("Thứ 2", "Chào cờ", "Toán", "Ngữ văn", "Tiếng Anh", "KHTN"),
    ("Thứ 3", "Ngữ văn", "Ngữ văn", "Toán", "Lịch sử và Địa lí", "GDCD"),
    ("Thứ 4", "Tiếng Anh", "KHTN", "Tin học", "Toán", "Công nghệ"),
    ("Thứ 5", "Toán", "Ngữ văn", "Âm nhạc", "KHTN", "HĐTN-HN"),
    ("Thứ 6", "Lịch sử và Địa lí", "Tiếng Anh", "Mĩ thuật", "GDTC", "Sinh hoạt lớp"),
]


def timetable_page(request: Request) -> Response:
    rows = "\n".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in TKB_ROWS)
    main = f"""{_crumbs(("Thời khóa biểu", "/thoi-khoa-bieu"))}
<div class="ct-tkb"><h1 class="td-ct">Thời khóa biểu học kỳ I - Lớp 9A</h1>
<p><i>Áp dụng từ ngày 07/12/2026</i></p>
<p>Chọn lớp: <select onchange="LoadTKB(this.value)"><option value="9A" selected>9A</option><option value="9B">9B</option><option value="8A">8A</option></select></p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse; width:100%">
<tr><th>Thứ</th><th>Tiết 1</th><th>Tiết 2</th><th>Tiết 3</th><th>Tiết 4</th><th>Tiết 5</th></tr>
{rows}
</table>
<p><a href="{UP}/tkb/TKB_HKI_tu_07-12-2026.pdf">Tải thời khóa biểu toàn trường (PDF)</a></p></div>"""
    return _layout(request, f"Thời khóa biểu - {SCHOOL}", main, active="Thời khóa biểu")


def rss_feed(request: Request) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{url_of(s)}</link>"
        f"<description>{esc(teaser(s))}</description><pubDate>{s.opts['posted']}</pubDate></item>"
        for s in NEWEST[:10]
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{esc(SCHOOL)}</title><link>{base}/</link><description>Tin tức</description>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- routing -------------------------------------------------------------------------------------

_SECTION_BY_CID = {"12": "hdnt", "13": "hdcm", "14": "dd"}


def _int(value: str | None, default: int = 1) -> int | None:
    if value is None or value == "":
        return default
    return int(value) if value.isdigit() else None


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path.startswith(("/Data/", "/Content/", "/Scripts/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/":
            return home_page(request)
        parts = path.strip("/").split("/")
        if parts[0] == "tin-tuc":
            if len(parts) == 2 and parts[1].endswith(".html") and parts[1][:-5].isdigit():
                story = BY_ID.get(int(parts[1][:-5]))
                return article_page(request, story) if story else None
            if len(parts) == 3 and parts[1].isdigit() and parts[2].endswith(".html"):
                story = BY_ID.get(int(parts[1]))
                if story is None:
                    return None
                if params.get("print") == "1":
                    return print_page(request, story)
                return article_page(request, story)
            if len(parts) == 4 and parts[1] == "danh-muc" and parts[2] in _SECTION_BY_CID:
                key = _SECTION_BY_CID[parts[2]]
                if parts[3] != SECTIONS[key][0].rsplit("/", 1)[1]:
                    return None
                page = _int(params.get("page"))
                return section_page(request, key, page) if page else None
            return None
        if path == "/thong-bao":
            page = _int(params.get("trang"))
            return notices_page(request, page) if page else None
        if path == "/goc-hoc-tap":
            return section_page(request, "ght", 1)
        if path == "/van-ban":
            return docs_page(request)
        if parts[0] == "van-ban" and len(parts) == 3:
            for d in DOCS:
                if parts[1] == str(d["id"]) and parts[2] == f"{d['slug']}.html":
                    return doc_page(request, d)
            return None
        if path == "/thu-vien-anh":
            return albums_page(request)
        if parts[0] == "thu-vien-anh" and len(parts) == 3:
            for a in ALBUMS:
                if parts[1] == str(a["id"]) and parts[2] == f"{a['slug']}.html":
                    return album_page(request, a)
            return None
        if path == "/video":
            return videos_page(request)
        if parts[0] == "video" and len(parts) == 3:
            for v in VIDEOS:
                if parts[1] == str(v["id"]) and parts[2] == f"{v['slug']}.html":
                    return video_page(request, v)
            return None
        simple = {
            "/gioi-thieu": intro_page,
            "/lien-he": contact_page,
            "/thoi-khoa-bieu": timetable_page,
            "/tim-kiem": search_page,
            "/rss.aspx": rss_feed,
        }
        handler = simple.get(path)
        return handler(request) if handler else None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------------


def _alt_paths(story: Story) -> list[str]:
    alts = [f"/tin-tuc/{story.id}.html", f"{url_of(story)}?print=1"]
    if story.opts.get("old_slug"):
        alts.append(f"/tin-tuc/{story.id}/{story.opts['old_slug']}.html")
    return alts


GOLD = [
    gold_record(s, url_of(s), SECTIONS[s.cat][1], canonical_path=url_of(s), alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/thoi-khoa-bieu",
    _doc_url(DOCS[0]),
    _doc_url(DOCS[1]),
    f"/thu-vien-anh/{ALBUMS[0]['id']}/{ALBUMS[0]['slug']}.html",
    f"/video/{VIDEOS[0]['id']}/{VIDEOS[0]['slug']}.html",
]
