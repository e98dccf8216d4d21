"""Oracle WebCenter Sites 11g: the Sở GD&ĐT sub-site of a provincial government portal cluster.

Platform
--------
The province runs one Oracle WebCenter Sites (ex-FatWire Content Server) installation for all its
departments; each department is a "site" with its own templates (``SGDDT/...``). Assets are
``Page`` (sections), ``Article_C`` (news), ``VanBan_C`` (documents), ``Poll_C``; pictures are blobs
served by ``/cs/BlobServer`` or, for the older ones uploaded through the WebCenter Content
connector, static files under ``/cs/groups/sgddt/documents/``. Vanity URLs were switched on late:
templates that call ``render:getpageurl`` print friendly URLs, the older ones (pager, "Tin liên
quan" box, print view, document entries) still print raw ``/cs/Satellite?...`` URLs.

URL scheme
----------
- ``/`` and ``/sgddt`` -> 302 to ``/sgddt/trang-chu`` (the department's home, START_PATH);
  ``/sgddt/tin-tuc`` (the parent menu item) -> 301 to ``/sgddt/tin-hoat-dong``.
- sections (vanity URLs of ``Page`` assets): ``/sgddt/tin-hoat-dong``, ``/sgddt/giao-duc-pho-thong``,
  ``/sgddt/chuyen-doi-so``, ``/sgddt/thong-bao``, ``/sgddt/van-ban``, ``/sgddt/thu-vien-anh``,
  ``/sgddt/video``, ``/sgddt/gioi-thieu/<slug>``, ``/sgddt/lien-he``.
- section page 2+: ``/cs/Satellite?c=Page&cid=<page cid>&pagename=SGDDT%2FPage%2FDanhSachTin
  &packedargs=pageNo%3D<n>`` (WebCenter's packed arguments; only "Tin hoạt động" has a page 2).
- article (vanity): ``/sgddt/tin-tuc/<slug>``; the same asset raw:
  ``/cs/Satellite?c=Article_C&cid=<cid>&pagename=SGDDT%2FArticle_C%2FChiTietTin`` (pager pages)
  or ``/cs/Satellite?pagename=SGDDT%2FArticle_C%2FChiTietTin&c=Article_C&cid=<cid>`` ("Tin liên
  quan" box); print template ``...&pagename=SGDDT%2FArticle_C%2FInTin`` (opened by ``window.open``).
- documents: ``/sgddt/van-ban/<slug>`` or ``/cs/Satellite?c=VanBan_C&cid=..&pagename=SGDDT%2F
  VanBan_C%2FChiTietVanBan``; album ``/sgddt/thu-vien-anh/<slug>``; video ``/sgddt/video/<slug>``.
- search ``/cs/Satellite?pagename=SGDDT%2FTimKiem&q=..`` (GET form), poll ``POST /cs/Satellite``
  and ``/cs/Satellite?pagename=SGDDT%2FBinhChon%2FKetQua&c=Poll_C&cid=..``.
- pictures ``/cs/BlobServer?blobcol=urldata&blobheader=image%2Fjpeg&blobkey=id&blobtable=
  MungoBlobs&blobwhere=<id>&ssbinary=true``; theme files under ``/cs/SGDDT/``.

Page templates
--------------
Every page: cluster top bar (links to the province portal and other departments on another host),
banner, header clock "Thứ Bảy, 05/12/2026", menu with drop-downs (``ul#nav_1394177689001``),
breadcrumb, right column (notice marquee portlet, most-read, website links select, banners, poll,
visitor counter), footer. Article template ``SGDDT/Article_C/ChiTietTin``: ``h1.tdChiTiet``, a
date bar ``div.ttThoiGian``, an optional sapo ``div.ctTin-tomtat``, body ``div.ndTin#ndTin_<cid>``,
then the template's own fields (``div.ctTin-tacgia``, ``div.ctTin-nguon``, ``div.dinhKem``), tools,
"Tin liên quan" and "Các tin khác" — all inside the same ``td#SGDDT_NoiDung``.

How each gold article is reached
--------------------------------
Home links the three newest of each section, "Tin mới" and the slider; "Các tin khác" lists the
three newest of the section but the current one. "Tin hoạt động" holds six: A1-A3 on its page 1,
A4-A6 on its page 2, which is a Satellite URL printing Satellite article links; A4 is also in the
"Các tin khác" boxes, **A5 and A6 are only on page 2**.

Traps
-----
1. One asset, many addresses: vanity ``/sgddt/tin-tuc/<slug>``, Satellite URL in two parameter
   orders, print template. Gold: one record, path = canonical = vanity URL (every article page,
   Satellite-served too, prints ``<link rel="canonical">`` to it); the Satellite and print forms
   are alt_paths.
2. The pager leaves the start folder: page 2 of "Tin hoạt động" is ``/cs/Satellite?...&packedargs=
   pageNo%3D2`` and links articles by Satellite URL only. Gold: A5 and A6 exist (reached there).
3. Oracle's Vietnamese 12-hour clock: "02:30 CH" is 14:30, "12:20 CH" is 12:20 (noon, not
   00:20), "12:00 SA" is midnight. Gold: "…T14:30:00+07:00", "…T12:20:00+07:00", and the day
   alone "2026-12-01" for the midnight one.
4. "Cập nhật" before "Ngày đăng": the update time sits in a ``float:right`` div printed *first*
   in the source, and ``article:modified_time`` carries it too. Gold: the "Ngày đăng" time.
5. The recruitment notice is an official document (letterhead table, "Số: 2145/TB-SGDĐT",
   "Quảng Trị, ngày 30 tháng 11 năm 2026", THÔNG BÁO + subject, "Nơi nhận", "KT. GIÁM ĐỐC / PHÓ
   GIÁM ĐỐC", signer) posted on 02/12. Gold: date "2026-11-30", author the signer's name, body the
   text between subject and "Nơi nhận".
6. Bylines in three places: inside the body (right-aligned "ThS. … - Văn phòng Sở", "TS. …,
   Trường …", a unit alone), in the template field ("Tin, ảnh: X", "Tin: X - Ảnh: Y", a bare
   name), and the CMS meta "Người cập nhật: sgddt_bientap" / "Người đăng: Admin" printed on every
   article. Gold: names without degree/unit, the unit as printed, nobody for CMS accounts.
7. Pictures are BlobServer URLs with ``&amp;``-escaped queries; captions sit in a second table row,
   in an ``<em>`` paragraph wrapped in parentheses, in a small span, or are only a credit
   ("Ảnh: Quốc Tuấn"). A "new" gif sits inside the h1; listing thumbnails are other blobs.
   Gold: the blob path with its query, caption without parentheses, None for the credit line.
8. Chrome that reads like content: the "THÔNG BÁO" marquee portlet prints the holiday notice's
   first paragraph on every page; the slider and listings print sapos; "Tin liên quan", "Các tin
   khác", "Xem thêm:" line, "Tệp đính kèm", tools, all in the body's table cell. Gold: none of it.
9. Text as editors left it: a Word paste (``MsoNormal``, ``mso-list:Ignore`` dashes, ``<o:p>``),
   a body typed with CKEditor's entity option (``&agrave;``/``&#7857;``), ``<br />`` inside a
   paragraph, a bracketed footnote call "[1]" kept, a bare ``<sup>2</sup>`` call dropped, the notes
   kept although they come *after* the signature line and an ``<hr>`` (the body does not end at the
   byline). Tables: rows as "cell | cell" paragraphs.
10. Pages shaped like articles that are not: document entries (title, date, trích yếu, file), the
    photo album (date, captions), the video page. Gold: NON_ARTICLES.

Gold decisions on ambiguous points
----------------------------------
- category: the breadcrumb's last section ("Tin hoạt động", not the parent "Tin tức - Sự kiện").
- A sapo printed in ``div.ctTin-tomtat`` is the summary and the first body paragraph; a bold first
  paragraph inside the body is the sapo too (C1, A2); otherwise summary is null even though the
  meta description prints the start of the text.
- "Nguồn: Phòng Khảo thí và Quản lý chất lượng" under a notice is its source, not its author.
- The br-split result lines "Kết quả toàn đoàn khối THPT:" / "Nhất: …" are two paragraphs.
- The holiday notice is a plain web notice (no letterhead): its date is its "Ngày đăng" time.
- Table header rows are paragraphs like the other rows.
"""

from __future__ import annotations

from urllib.parse import parse_qs, quote

from crawler.demo.server import Request, Response, html, redirect
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
    text,
)

NAME = "oracle_webcenter_sgddt"
PLATFORM = "Oracle WebCenter Sites 11g (Satellite/BlobServer, vanity URLs), provincial portal cluster"
START_PATH = "/sgddt/trang-chu"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE_TITLE = "Sở Giáo dục và Đào tạo tỉnh Quảng Trị"
CLUSTER = "https://www.quangtri.gov.vn"

# --- URLs ------------------------------------------------------------------------------------

CID_BASE = 1394177691000


def sat(*pairs: tuple[str, str]) -> str:
    """A Satellite URL with its parameters in the order given (values percent-encoded)."""
    return "/cs/Satellite?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in pairs)


def art_sat(cid: int) -> str:
    return sat(("c", "Article_C"), ("cid", str(cid)), ("pagename", "SGDDT/Article_C/ChiTietTin"))


def art_sat_rel(cid: int) -> str:
    return sat(("pagename", "SGDDT/Article_C/ChiTietTin"), ("c", "Article_C"), ("cid", str(cid)))


def art_print(cid: int) -> str:
    return sat(("c", "Article_C"), ("cid", str(cid)), ("pagename", "SGDDT/Article_C/InTin"))


def blob(where: int) -> str:
    return (
        "/cs/BlobServer?blobcol=urldata&blobheader=image%2Fjpeg&blobkey=id"
        f"&blobtable=MungoBlobs&blobwhere={where}&ssbinary=true"
    )


def pager_url(page_cid: int, n: int) -> str:
    return sat(("c", "Page"), ("cid", str(page_cid)), ("pagename", "SGDDT/Page/DanhSachTin"),
               ("packedargs", f"pageNo={n}"))


# --- sections --------------------------------------------------------------------------------

SECTIONS = {
    # key: (title, vanity path, page cid, parent title or None)
    "hd": ("Tin hoạt động", "/sgddt/tin-hoat-dong", 1394177690210, "Tin tức - Sự kiện"),
    "pt": ("Giáo dục phổ thông", "/sgddt/giao-duc-pho-thong", 1394177690220, "Tin tức - Sự kiện"),
    "cds": ("Chuyển đổi số", "/sgddt/chuyen-doi-so", 1394177690230, "Tin tức - Sự kiện"),
    "tb": ("Thông báo", "/sgddt/thong-bao", 1394177690240, None),
}
PAGE_SIZE = 3

# --- the articles ----------------------------------------------------------------------------

R = Raw

STORIES: list[Story] = [
    Story(
        1, "khai-mac-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thpt-nam-hoc-2026-2027",
        "Khai mạc Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT năm học 2026 - 2027",
        "hd", "2026-12-03T14:30:00+07:00",
        [
            P("Dự lễ khai mạc có đồng chí Phan Thị Thu Hằng, Phó Giám đốc Sở GD&ĐT, Trưởng ban tổ chức "
              "Hội thi; đại diện lãnh đạo các phòng chuyên môn thuộc Sở cùng cán bộ quản lý, giáo viên "
              "các trường tham gia."),
            Img(blob(1394177712011), "Phó Giám đốc Sở GD&ĐT Phan Thị Thu Hằng phát biểu khai mạc Hội thi",
                "Phó Giám đốc Sở GD&ĐT Phan Thị Thu Hằng phát biểu khai mạc Hội thi", "tbl"),
            P("Phát biểu khai mạc, Phó Giám đốc Sở GD&ĐT Phan Thị Thu Hằng nhấn mạnh: Hội thi là dịp để "
              "giáo viên giao lưu, học hỏi, chia sẻ kinh nghiệm trong đổi mới phương pháp dạy học, kiểm "
              "tra, đánh giá theo định hướng phát triển phẩm chất, năng lực học sinh; đồng thời là cơ sở "
              "để phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, tâm huyết với nghề."),
            P("Theo kế hoạch, Hội thi diễn ra từ ngày 03/12 đến ngày 12/12/2026. Mỗi giáo viên dự thi "
              "phải trải qua hai phần: trình bày biện pháp nâng cao chất lượng giảng dạy và thực hành dạy "
              "02 tiết trên lớp, trong đó có 01 tiết bốc thăm và 01 tiết tự chọn."),
            Img(blob(1394177712012), "(Các giáo viên bốc thăm thứ tự tiết dạy)",
                "Các giáo viên bốc thăm thứ tự tiết dạy", "pem"),
            P("Ban tổ chức đã thành lập 14 tiểu ban chấm thi theo các môn học, thành phần gồm các chuyên "
              "viên Phòng Giáo dục Trung học, cốt cán chuyên môn và giáo viên có nhiều kinh nghiệm của các "
              "trường THPT chuyên, THPT trọng điểm."),
        ],
        authors=["Minh Châu"], photographers=["Minh Châu"],
        summary="Chiều 03/12, tại Trường THPT Đông Hà, Sở GD&ĐT tổ chức khai mạc Hội thi giáo viên dạy "
                "giỏi cấp tỉnh bậc THPT năm học 2026 - 2027 với sự tham gia của 186 giáo viên đến từ 42 "
                "trường THPT, trung tâm GDNN-GDTX trên địa bàn tỉnh.",
        sapo_outside=True,
        opts={"date": "03/12/2026 02:30 CH", "updated": "04/12/2026 08:15 SA",
              "modified_iso": "2026-12-04T08:15:00+07:00", "tacgia": "Tin, ảnh: Minh Châu",
              "account": "sgddt_bientap", "related": [3, 7], "new": True},
    ),
    Story(
        2, "trao-thuong-hoc-sinh-dat-giai-cuoc-thi-tim-hieu-an-toan-giao-thong-nam-2026",
        "Trao thưởng học sinh đạt giải Cuộc thi “Tìm hiểu an toàn giao thông” năm 2026",
        "hd", "2026-12-01",
        [
            P("Sáng 01/12, Sở GD&ĐT phối hợp với Ban An toàn giao thông tỉnh tổ chức trao thưởng cho các "
              "tập thể, cá nhân đạt giải Cuộc thi “Tìm hiểu an toàn giao thông” dành cho học sinh phổ "
              "thông năm 2026.", "lead"),
            P("Cuộc thi được tổ chức từ tháng 9 đến tháng 11/2026 theo hình thức trực tuyến, thu hút hơn "
              "38.000 lượt học sinh tham gia. Kết quả, Ban tổ chức trao 01 giải Nhất, 03 giải Nhì, 05 "
              "giải Ba và 10 giải Khuyến khích cho cá nhân; 03 giải tập thể cho các đơn vị có số lượng "
              "học sinh tham gia đông nhất."),
            P("Kết quả giải tập thể:", "h"),
            P("TT | Đơn vị | Số lượt tham gia | Giải", "tr"),
            P("1 | Trường THCS Nguyễn Trãi | 2.416 | Nhất", "tr"),
            P("2 | Trường THPT Lê Lợi | 1.985 | Nhì", "tr"),
            P("3 | Trường PTDTNT tỉnh | 1.372 | Ba", "tr"),
            P("Dịp này, Ban An toàn giao thông tỉnh trao tặng 200 mũ bảo hiểm đạt chuẩn cho học sinh các "
              "trường vùng sâu, vùng xa."),
            Img(blob(1394177712021), None, None, "bare"),
            R('<p style="text-align: right;"><strong>Phòng Chính trị tư tưởng</strong></p>'),
        ],
        authors=["Phòng Chính trị tư tưởng"],
        summary="Sáng 01/12, Sở GD&ĐT phối hợp với Ban An toàn giao thông tỉnh tổ chức trao thưởng cho "
                "các tập thể, cá nhân đạt giải Cuộc thi “Tìm hiểu an toàn giao thông” dành cho học sinh "
                "phổ thông năm 2026.",
        opts={"date": "01/12/2026 12:00 SA", "account": "ctt_hoangyen"},
    ),
    Story(
        3, "so-gd-dt-lam-viec-voi-ubnd-xa-huong-phung-ve-co-so-vat-chat-truong-hoc",
        "Sở GD&ĐT làm việc với UBND xã Hướng Phùng về cơ sở vật chất trường học vùng biên giới",
        "hd", "2026-11-27T08:15:00+07:00",
        [
            P("Ngày 26/11, đoàn công tác của Sở GD&ĐT do đồng chí Lê Quang Vinh, Giám đốc Sở làm trưởng "
              "đoàn đã có buổi làm việc với UBND xã Hướng Phùng về tình hình cơ sở vật chất, đội ngũ giáo "
              "viên tại các trường học trên địa bàn xã.", "mso"),
            P("Theo báo cáo của UBND xã, hiện trên địa bàn có 05 trường học với 87 lớp và 2.140 học sinh, "
              "trong đó học sinh dân tộc Vân Kiều, Pa Kô chiếm hơn 80%. Nhiều điểm trường lẻ vẫn còn phòng "
              "học tạm, thiếu nhà vệ sinh, nhà ở công vụ cho giáo viên.", "mso"),
            P("Tại buổi làm việc, đoàn đã kiểm tra thực tế và chỉ ra một số tồn tại:", "mso"),
            P("Một số phòng học xuống cấp, chưa bảo đảm an toàn trong mùa mưa bão;", "msoli"),
            P("Thiết bị dạy học tối thiểu lớp 5, lớp 9 còn thiếu, chưa đồng bộ;", "msoli"),
            P("Tỷ lệ giáo viên tiếng Anh, Tin học còn thiếu so với định mức.", "msoli"),
            Img("/cs/groups/sgddt/documents/image/lv-huong-phung-01.jpg", "Ảnh: Quốc Tuấn", None, "pem"),
            P("Giám đốc Sở GD&ĐT Lê Quang Vinh đề nghị UBND xã chủ động rà soát, bố trí quỹ đất để xây "
              "dựng thêm phòng học, nhà công vụ; Sở sẽ tham mưu UBND tỉnh ưu tiên nguồn vốn Chương trình "
              "mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số để đầu tư cơ "
              "sở vật chất cho các trường trong năm 2027.", "mso"),
        ],
        authors=["Hải Yến"], photographers=["Quốc Tuấn"],
        opts={"date": "27/11/2026 08:15 SA", "tacgia": "Tin: Hải Yến - Ảnh: Quốc Tuấn",
              "account": "sgddt_bientap"},
    ),
    Story(
        4, "gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
        "hd", "2026-11-20T16:05:00+07:00",
        [
            P("Tại buổi gặp mặt, đồng chí Lê Quang Vinh, Giám đốc Sở GD&ĐT ôn lại truyền thống vẻ vang "
              "của ngành giáo dục tỉnh nhà, đồng thời ghi nhận những nỗ lực của đội ngũ nhà giáo, cán bộ "
              "quản lý trong năm học vừa qua."),
            P("“Mỗi thầy giáo, cô giáo hãy tiếp tục là tấm gương sáng về đạo đức, tự học và sáng tạo, để "
              "mỗi ngày đến trường thực sự là một ngày vui với các em học sinh”, đồng chí Giám đốc Sở nhấn "
              "mạnh.", "quote"),
            P("Nhân dịp này, 25 nhà giáo được tuyên dương là nhà giáo tiêu biểu năm 2026; 12 cá nhân được "
              "trao tặng Kỷ niệm chương “Vì sự nghiệp giáo dục”."),
            Img(blob(1394177712041), "Lãnh đạo Sở GD&ĐT tặng hoa chúc mừng các nhà giáo tiêu biểu",
                "Lãnh đạo Sở GD&ĐT tặng hoa chúc mừng các nhà giáo tiêu biểu", "tbl"),
            R('<p style="text-align: right;"><strong>ThS. L&ecirc; Th&#7883; H&#7891;ng Nhung'
              ' - V&#259;n ph&ograve;ng S&#7903;</strong></p>'),
        ],
        authors=["Lê Thị Hồng Nhung"],
        summary="Chiều 19/11, Sở GD&ĐT tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, tuyên "
                "dương nhà giáo tiêu biểu và trao Kỷ niệm chương “Vì sự nghiệp giáo dục” cho các cá nhân "
                "có nhiều đóng góp.",
        sapo_outside=True,
        opts={"date": "20/11/2026 04:05 CH", "account": "sgddt_bientap", "entities": True},
    ),
    Story(
        5, "be-mac-hoi-khoe-phu-dong-tinh-quang-tri-lan-thu-xi-nam-2026",
        "Bế mạc Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ XI năm 2026",
        "hd", "2026-11-12T10:40:00+07:00",
        [
            P("Sau 6 ngày thi đấu sôi nổi, tối 11/11, tại Nhà thi đấu thể dục thể thao tỉnh, Ban tổ chức "
              "Hội khỏe Phù Đổng tỉnh Quảng Trị lần thứ XI năm 2026 đã tổ chức lễ bế mạc và trao giải cho "
              "các đoàn."),
            P("Hội khỏe năm nay có hơn 1.600 vận động viên là học sinh đến từ 38 đoàn tham gia tranh tài ở "
              "12 môn thi đấu, gồm: điền kinh, bơi, bóng đá, bóng chuyền, cầu lông, cờ vua, đá cầu, "
              "karate, vovinam, việt dã, bóng bàn và kéo co."),
            P("Kết quả toàn đoàn khối THPT:", "br1"),
            P("Nhất: Trường THPT Chuyên Lê Quý Đôn; Nhì: Trường THPT Đông Hà; Ba: Trường THPT Vĩnh Linh.",
              "br2"),
            P("Kết quả toàn đoàn khối THCS:", "br1"),
            P("Nhất: đoàn phường Đông Hà; Nhì: đoàn phường Quảng Trị; Ba: đoàn xã Gio Linh.", "br2"),
            Img(blob(1394177712051), "Ban tổ chức trao cờ cho các đoàn đạt giải Nhất toàn đoàn",
                "Ban tổ chức trao cờ cho các đoàn đạt giải Nhất toàn đoàn", "span"),
            P("Qua Hội khỏe, Ban tổ chức đã lựa chọn 152 vận động viên xuất sắc để tập huấn, chuẩn bị tham "
              "dự Hội khỏe Phù Đổng toàn quốc khu vực III năm 2027."),
            R('<p style="text-align: right;"><strong>Đức Anh</strong></p>'),
            R('<p style="text-align: right;"><em>Nguồn: Báo Quảng Trị</em></p>'),
        ],
        authors=["Đức Anh"], source="Báo Quảng Trị",
        opts={"date": "12/11/2026 10:40 SA", "account": "sgddt_bientap"},
    ),
    Story(
        6, "kiem-tra-cong-tac-dau-nam-hoc-2026-2027-tai-cac-truong-vung-cao",
        "Kiểm tra công tác đầu năm học 2026 - 2027 tại các trường vùng cao",
        "hd", "2026-10-28T09:00:00+07:00",
        [
            P("Từ ngày 20 đến ngày 26/10, đoàn kiểm tra của Sở GD&ĐT đã kiểm tra công tác đầu năm học "
              "2026 - 2027 tại 16 trường học thuộc các xã Hướng Lập, Hướng Phùng, Lìa, A Dơi và Ba Lòng."),
            P("Nội dung kiểm tra tập trung vào việc thực hiện kế hoạch giáo dục nhà trường, công tác huy "
              "động học sinh ra lớp, tổ chức bán trú, bảo đảm an toàn trường học và triển khai các khoản "
              "thu, chi đầu năm học."),
            Img(blob(1394177712061), None, None, "bare"),
            P("Qua kiểm tra, các trường cơ bản đã chuẩn bị tốt các điều kiện cho năm học mới; tỷ lệ huy "
              "động trẻ 6 tuổi vào lớp 1 đạt 99,6%, không có trường hợp học sinh bỏ học đầu năm. Tuy "
              "nhiên, một số trường còn chậm cập nhật dữ liệu lên cơ sở dữ liệu ngành, việc tổ chức bữa "
              "ăn bán trú ở một số điểm trường chưa bảo đảm định lượng."),
            P("Trưởng đoàn kiểm tra đề nghị các nhà trường khắc phục ngay những tồn tại, báo cáo kết quả "
              "về Sở trước ngày 15/11/2026."),
        ],
        opts={"date": "28/10/2026 09:00 SA", "account": "sgddt_bientap"},
    ),
    Story(
        7, "huong-dan-kiem-tra-danh-gia-dinh-ky-hoc-ky-i-cap-thcs-thpt",
        "Hướng dẫn tổ chức kiểm tra, đánh giá định kỳ học kỳ I cấp THCS, THPT năm học 2026 - 2027",
        "pt", "2026-11-25T14:00:00+07:00",
        [
            P("Theo đó, các trường chủ động xây dựng kế hoạch kiểm tra, đánh giá định kỳ theo quy định tại "
              "Thông tư số 22/2021/TT-BGDĐT; hoàn thành việc kiểm tra cuối học kỳ I trước ngày 10/01/2027."),
            P("Một số yêu cầu cụ thể:", "h"),
            P("Đề kiểm tra được xây dựng theo ma trận, bản đặc tả, bảo đảm tỷ lệ câu hỏi ở các mức độ nhận "
              "biết, thông hiểu, vận dụng phù hợp;", "li"),
            P("Đối với môn Ngữ văn, không sử dụng lại ngữ liệu đã học trong sách giáo khoa làm ngữ liệu "
              "đọc hiểu;", "li"),
            P("Tổ chức chấm chéo, ghép phách đối với các bài kiểm tra của khối 9 và khối 12.", "li"),
            P("Sở GD&ĐT sẽ tổ chức kiểm tra xác suất tại một số trường; kết quả kiểm tra là một trong các "
              "căn cứ đánh giá thi đua của đơn vị."),
            R('<p style="text-align: right;"><b>Phòng Giáo dục Trung học</b></p>'),
        ],
        authors=["Phòng Giáo dục Trung học"],
        summary="Sở GD&ĐT vừa ban hành văn bản hướng dẫn các cơ sở giáo dục phổ thông tổ chức kiểm tra, "
                "đánh giá định kỳ học kỳ I năm học 2026 - 2027 bảo đảm nghiêm túc, khách quan, đúng quy chế.",
        sapo_outside=True,
        opts={"date": "25/11/2026 02:00 CH", "updated": "26/11/2026 09:30 SA",
              "modified_iso": "2026-11-26T09:30:00+07:00", "account": "gdtrh_nhaplieu",
              "attach": ("HD_2087_SGDDT-GDTrH.pdf", "hd-2087-sgddt-gdtrh.pdf")},
    ),
    Story(
        8, "nang-cao-chat-luong-day-hoc-mon-lich-su-theo-chuong-trinh-gdpt-2018",
        "Nâng cao chất lượng dạy học môn Lịch sử theo Chương trình GDPT 2018",
        "pt", "2026-10-15T15:45:00+07:00",
        [
            P("Môn Lịch sử trong Chương trình giáo dục phổ thông 2018 được xác định là môn học bắt buộc ở "
              "cấp THPT, góp phần hình thành, phát triển cho học sinh năng lực lịch sử và các phẩm chất yêu "
              "nước, nhân ái, trách nhiệm.[1]"),
            P("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng tiếp tục khẳng định yêu cầu đổi "
              "mới căn bản, toàn diện giáo dục và đào tạo, chú trọng giáo dục lịch sử, truyền thống văn "
              "hóa dân tộc cho thế hệ trẻ.", "sup:lần thứ XIII:2"),
            P("Tuy nhiên, thực tế dạy học cho thấy không ít học sinh vẫn còn coi nhẹ môn Lịch sử; một bộ "
              "phận giáo viên chậm đổi mới phương pháp, chủ yếu truyền thụ kiến thức một chiều, ít tổ chức "
              "các hoạt động trải nghiệm, học tập tại di tích."),
            P("Một số giải pháp", "h3"),
            P("Thứ nhất, tăng cường khai thác tư liệu lịch sử địa phương, đặc biệt là hệ thống di tích "
              "lịch sử cách mạng trên địa bàn tỉnh như Thành cổ Quảng Trị, Địa đạo Vịnh Mốc, Đôi bờ Hiền "
              "Lương - Bến Hải, đưa vào bài giảng một cách phù hợp."),
            P("Thứ hai, đa dạng hóa hình thức tổ chức dạy học: dạy học theo dự án, sân khấu hóa, tham quan "
              "học tập thực tế, sử dụng bản đồ số và học liệu điện tử."),
            Img("/cs/groups/sgddt/documents/image/tiet-hoc-lich-su-thanh-co.jpg",
                "Một tiết học Lịch sử tại di tích Thành cổ Quảng Trị của học sinh Trường THPT Nguyễn Huệ",
                "Một tiết học Lịch sử tại di tích Thành cổ Quảng Trị của học sinh Trường THPT Nguyễn Huệ",
                "span"),
            P("Thứ ba, đổi mới kiểm tra, đánh giá theo hướng phát triển năng lực, giảm yêu cầu ghi nhớ máy "
              "móc sự kiện, tăng câu hỏi vận dụng, liên hệ thực tiễn."),
            R('<p style="text-align: right;"><strong>TS. Nguyễn Văn Khánh, Trường THPT Chuyên Lê Quý Đôn'
              '</strong></p>'),
            R("<hr align=\"left\" size=\"1\" width=\"33%\" />"),
            P("Chú thích:", "h"),
            P("[1] Bộ GD&ĐT, Chương trình giáo dục phổ thông môn Lịch sử (ban hành kèm theo Thông tư số "
              "32/2018/TT-BGDĐT ngày 26/12/2018).", "note:1"),
            P("[2] Đảng Cộng sản Việt Nam, Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, tập I, Nxb. "
              "Chính trị quốc gia Sự thật, Hà Nội, 2021, tr.136.", "note:2"),
        ],
        authors=["Nguyễn Văn Khánh"],
        opts={"date": "15/10/2026 03:45 CH", "account": "gdtrh_nhaplieu"},
    ),
    Story(
        9, "trien-khai-hoc-ba-so-doi-voi-hoc-sinh-tieu-hoc",
        "Triển khai học bạ số đối với học sinh tiểu học từ năm học 2026 - 2027",
        "cds", "2026-11-30T12:20:00+07:00",
        [
            P("Thực hiện hướng dẫn của Bộ GD&ĐT, từ năm học 2026 - 2027, 100% trường tiểu học trên địa bàn "
              "tỉnh triển khai học bạ số thay thế học bạ giấy.", "lead"),
            P("Học bạ số được lập trên hệ thống cơ sở dữ liệu ngành, có chữ ký số của giáo viên chủ nhiệm "
              "và hiệu trưởng, bảo đảm giá trị pháp lý tương đương học bạ giấy. Phụ huynh có thể tra cứu "
              "kết quả học tập của con qua ứng dụng trên điện thoại."),
            P("Để triển khai hiệu quả, Sở GD&ĐT yêu cầu các trường hoàn thành việc cấp chứng thư số cho "
              "giáo viên trước ngày 15/12/2026; rà soát, chuẩn hóa dữ liệu học sinh; tổ chức tập huấn cho "
              "100% giáo viên chủ nhiệm."),
            Img(blob(1394177712091), "Giáo viên Trường Tiểu học Lê Văn Tám thực hành ký số học bạ",
                "Giáo viên Trường Tiểu học Lê Văn Tám thực hành ký số học bạ", "span"),
            P("Bà Nguyễn Thị Mai Anh, Trưởng phòng Giáo dục Mầm non - Tiểu học cho biết: việc số hóa học "
              "bạ giúp giảm áp lực hồ sơ, sổ sách cho giáo viên, đồng thời tạo thuận lợi trong chuyển "
              "trường, tuyển sinh đầu cấp."),
            R('<p><strong>Xem thêm:</strong> <a href="/sgddt/tin-tuc/tap-huan-su-dung-he-thong-quan-ly-'
              'truong-hoc-dung-chung">Tập huấn sử dụng hệ thống quản lý trường học dùng chung cho cán bộ '
              'quản lý</a></p>'),
        ],
        authors=["Thu Trang"],
        summary="Thực hiện hướng dẫn của Bộ GD&ĐT, từ năm học 2026 - 2027, 100% trường tiểu học trên địa "
                "bàn tỉnh triển khai học bạ số thay thế học bạ giấy.",
        opts={"date": "30/11/2026 12:20 CH", "tacgia": "Thu Trang", "account": "cds_sgddt",
              "related": [10]},
    ),
    Story(
        10, "tap-huan-su-dung-he-thong-quan-ly-truong-hoc-dung-chung",
        "Tập huấn sử dụng hệ thống quản lý trường học dùng chung cho cán bộ quản lý",
        "cds", "2026-10-22T08:00:00+07:00",
        [
            P("Trong 2 ngày 20 và 21/10, Sở GD&ĐT tổ chức tập huấn sử dụng hệ thống quản lý trường học dùng "
              "chung cho hơn 450 cán bộ quản lý, nhân viên phụ trách dữ liệu của các trường mầm non, phổ "
              "thông trên địa bàn tỉnh."),
            P("Tại lớp tập huấn, các học viên được hướng dẫn cập nhật hồ sơ học sinh, đội ngũ, cơ sở vật "
              "chất; quản lý kế hoạch giáo dục, thời khóa biểu; kết xuất báo cáo thống kê định kỳ và đồng bộ "
              "dữ liệu lên cơ sở dữ liệu ngành của Bộ GD&ĐT."),
            Img(blob(1394177712101), "Quang cảnh lớp tập huấn tại Trung tâm Hội nghị tỉnh",
                "Quang cảnh lớp tập huấn tại Trung tâm Hội nghị tỉnh", "tbl"),
            P("Hệ thống quản lý trường học dùng chung được triển khai thống nhất trong toàn tỉnh từ năm học "
              "2026 - 2027, thay thế các phần mềm riêng lẻ mà các trường đang sử dụng, góp phần xây dựng "
              "nền tảng dữ liệu phục vụ chuyển đổi số ngành giáo dục."),
        ],
        authors=["Hoàng Long"],
        opts={"date": "22/10/2026 08:00 SA", "tacgia": "Hoàng Long", "account": "cds_sgddt",
              "attach": ("Tai_lieu_tap_huan_QLTH.pdf", "tai-lieu-tap-huan-qlth.pdf")},
    ),
    Story(
        11, "thong-bao-tuyen-dung-vien-chuc-nam-2026",
        "Thông báo tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp trực thuộc Sở GD&ĐT năm 2026",
        "tb", "2026-11-30",
        [
            R("""<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody><tr><td style="text-align:center;width:40%">UBND TỈNH QUẢNG TRỊ<br />
<strong>SỞ GIÁO DỤC VÀ ĐÀO TẠO</strong><br />-------</td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />
<strong>Độc lập - Tự do - Hạnh phúc</strong><br />---------------</td></tr>
<tr><td style="text-align:center">Số: 2145/TB-SGDĐT</td>
<td style="text-align:center"><em>Quảng Trị, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>
<p style="text-align:center"><strong>THÔNG BÁO</strong></p>
<p style="text-align:center"><strong>Tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp công lập
trực thuộc Sở Giáo dục và Đào tạo năm 2026</strong></p>
<p style="text-align:center">______________</p>"""),
            P("Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, sử "
              "dụng và quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 của Chính phủ sửa đổi, "
              "bổ sung một số điều của Nghị định số 115/2020/NĐ-CP;"),
            P("Căn cứ Kế hoạch số 1987/KH-SGDĐT ngày 10/11/2026 của Sở Giáo dục và Đào tạo về tuyển dụng "
              "viên chức năm 2026;"),
            P("Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức năm 2026 như sau:"),
            P("1. Số lượng chỉ tiêu cần tuyển: 64 chỉ tiêu, trong đó: giáo viên THPT 41 chỉ tiêu; giáo viên "
              "trung tâm GDNN-GDTX 15 chỉ tiêu; nhân viên (kế toán, thiết bị, thư viện) 08 chỉ tiêu."),
            P("2. Thời gian nhận Phiếu đăng ký dự tuyển: từ ngày 01/12/2026 đến hết ngày 30/12/2026 (trong "
              "giờ hành chính)."),
            P("3. Địa điểm nhận Phiếu: Văn phòng Sở Giáo dục và Đào tạo, số 18 Hùng Vương, phường Đông Hà, "
              "tỉnh Quảng Trị. Điện thoại liên hệ: 0233.3852.514."),
            P("Chi tiết chỉ tiêu và điều kiện dự tuyển có tại Kế hoạch đính kèm./."),
            R("""<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody><tr><td style="vertical-align:top;width:50%"><strong><em>Nơi nhận:</em></strong><br />
- UBND tỉnh (b/c);<br />- Sở Nội vụ;<br />- Các đơn vị trực thuộc;<br />
- Cổng TTĐT Sở;<br />- Lưu: VT, TCCB.</td>
<td style="text-align:center;vertical-align:top"><strong>KT. GIÁM ĐỐC<br />PHÓ GIÁM ĐỐC</strong><br />
<br /><em>(Đã ký)</em><br /><br /><strong>Trần Văn Hùng</strong></td></tr></tbody></table>"""),
        ],
        authors=["Trần Văn Hùng"],
        opts={"date": "02/12/2026 09:10 SA", "account": "vanphong_sgddt", "related": [13],
              "attach": ("TB_2145_TB-SGDDT.pdf", "tb-2145-tb-sgddt.pdf"),
              "teaser": "Sở Giáo dục và Đào tạo thông báo tuyển dụng viên chức năm 2026 với 64 chỉ tiêu."},
    ),
    Story(
        12, "thong-bao-lich-nghi-tet-duong-lich-nam-2027",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với cán bộ, giáo viên và học sinh",
        "tb", "2026-12-04T17:45:00+07:00",
        [
            P("Thực hiện Thông báo của UBND tỉnh về việc nghỉ Tết Dương lịch năm 2027, Sở GD&ĐT thông báo "
              "lịch nghỉ Tết Dương lịch đối với cán bộ, giáo viên, nhân viên và học sinh như sau:"),
            P("Thời gian nghỉ: 01 ngày, thứ Sáu ngày 01/01/2027. Các đơn vị trường học tổ chức dạy học bình "
              "thường từ thứ Bảy ngày 02/01/2027 theo thời khóa biểu (nếu có)."),
            P("Trong thời gian nghỉ Tết, các đơn vị phân công trực, bảo đảm an toàn tài sản, phòng chống "
              "cháy nổ; nhắc nhở học sinh chấp hành tốt các quy định về an toàn giao thông, không tham gia "
              "đốt pháo trái phép."),
        ],
        opts={"date": "04/12/2026 05:45 CH", "account": "Admin", "new": True},
    ),
    Story(
        13, "to-chuc-ky-thi-chon-hoc-sinh-gioi-van-hoa-lop-12-cap-tinh",
        "Tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026 - 2027",
        "tb", "2026-11-18T07:30:00+07:00",
        [
            P("Sở GD&ĐT thông báo tổ chức Kỳ thi chọn học sinh giỏi văn hóa lớp 12 cấp tỉnh năm học 2026 - "
              "2027 gồm 10 môn thi: Toán, Vật lí, Hóa học, Sinh học, Tin học, Ngữ văn, Lịch sử, Địa lí, "
              "Tiếng Anh và Giáo dục kinh tế và pháp luật."),
            P("Lịch thi cụ thể:", "h"),
            P("Ngày | Buổi | Nội dung", "tr"),
            P("16/12/2026 | Chiều | Làm thủ tục dự thi, phổ biến quy chế", "tr"),
            P("17/12/2026 | Sáng | Thi viết (180 phút)", "tr"),
            P("18/12/2026 | Sáng | Thi thực hành môn Tin học, thi nói môn Tiếng Anh", "tr"),
            P("Các đơn vị đăng ký danh sách thí sinh trên hệ thống quản lý thi trước ngày 30/11/2026."),
        ],
        source="Phòng Khảo thí và Quản lý chất lượng",
        opts={"date": "18/11/2026 07:30 SA", "account": "khaothi_sgddt",
              "nguon": "Phòng Khảo thí và Quản lý chất lượng"},
    ),
]

BY_ID = {s.id: s for s in STORIES}
BY_SLUG = {s.slug: s for s in STORIES}
for _s in STORIES:
    _s.opts["cid"] = CID_BASE + _s.id


def cid_of(s: Story) -> int:
    return s.opts["cid"]


def vanity(s: Story) -> str:
    return f"/sgddt/tin-tuc/{s.slug}"


def _sort_key(s: Story) -> str:
    d = s.opts["date"]  # dd/mm/yyyy hh:mm SA|CH
    day, clock, half = d.split()
    hh, mm = (int(x) for x in clock.split(":"))
    hh = hh % 12 + (12 if half == "CH" else 0)
    return f"{day[6:10]}{day[3:5]}{day[0:2]}{hh:02d}{mm:02d}"


NEWEST = sorted(STORIES, key=_sort_key, reverse=True)


def in_section(key: str) -> list[Story]:
    return [s for s in NEWEST if s.cat == key]


def list_date(s: Story) -> str:
    return s.opts["date"].split()[0]


def teaser(s: Story) -> str:
    if s.opts.get("teaser"):
        return s.opts["teaser"]
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) < 190 else first[:first.rfind(" ", 0, 180)] + "..."


def thumb(s: Story) -> str:
    return blob(1394177713000 + s.id)


# --- non-articles ----------------------------------------------------------------------------

DOCS = [
    {
        "path": "/sgddt/van-ban/ke-hoach-1987-kh-sgddt",
        "so": "1987/KH-SGDĐT", "ngay": "10/11/2026", "loai": "Kế hoạch",
        "ky": "Trần Văn Hùng", "file": "kh-1987-kh-sgddt.pdf",
        "trich": "Kế hoạch tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp công lập trực thuộc "
                 "Sở Giáo dục và Đào tạo năm 2026",
    },
    {
        "path": sat(("c", "VanBan_C"), ("cid", "1394177700102"), ("pagename", "SGDDT/VanBan_C/ChiTietVanBan")),
        "so": "2087/SGDĐT-GDTrH", "ngay": "24/11/2026", "loai": "Công văn",
        "ky": "Phan Thị Thu Hằng", "file": "cv-2087-sgddt-gdtrh.pdf",
        "trich": "Hướng dẫn kiểm tra, đánh giá định kỳ học kỳ I cấp THCS, THPT năm học 2026 - 2027",
    },
]
ALBUM_PATH = "/sgddt/thu-vien-anh/hoi-thi-giao-vien-day-gioi-thpt-2026"
VIDEO_PATH = "/sgddt/video/ban-tin-giao-duc-thang-11-2026"
INTRO = {
    "/sgddt/gioi-thieu/chuc-nang-nhiem-vu": "Chức năng, nhiệm vụ",
    "/sgddt/gioi-thieu/co-cau-to-chuc": "Cơ cấu tổ chức",
}
CONTACT_PATH = "/sgddt/lien-he"
POLL_RESULT = sat(("pagename", "SGDDT/BinhChon/KetQua"), ("c", "Poll_C"), ("cid", "1394177720001"))

# --- chrome ----------------------------------------------------------------------------------

MENU = [
    ("Trang chủ", START_PATH, []),
    ("Giới thiệu", "/sgddt/gioi-thieu/chuc-nang-nhiem-vu", list((t, p) for p, t in INTRO.items())),
    ("Tin tức - Sự kiện", "/sgddt/tin-tuc", [(SECTIONS[k][0], SECTIONS[k][1]) for k in ("hd", "pt", "cds")]),
    ("Thông báo", SECTIONS["tb"][1], []),
    ("Văn bản", "/sgddt/van-ban", [("Văn bản chỉ đạo điều hành", "/sgddt/van-ban")]),
    ("Thư viện", "/sgddt/thu-vien-anh", [("Thư viện ảnh", "/sgddt/thu-vien-anh"), ("Video", "/sgddt/video")]),
    ("Liên hệ", CONTACT_PATH, []),
]


def _menu() -> str:
    items = []
    for i, (label, href, subs) in enumerate(MENU):
        sub = ""
        if subs:
            sub = '<ul class="sub-nav">' + "".join(
                f'<li><a href="{esc(h)}">{esc(t)}</a></li>' for t, h in subs) + "</ul>"
        items.append(f'<li class="nav-item n{i + 1}"><a href="{esc(href)}"><span>{esc(label)}</span></a>{sub}</li>')
    return '<ul id="nav_1394177689001" class="nav-sgddt">' + "".join(items) + "</ul>"


def _sidebar() -> str:
    notice = BY_ID[12]
    most = [BY_ID[i] for i in (8, 3, 10, 13)]
    most_html = "".join(
        f'<li><a href="{esc(vanity(s))}">{esc(s.title)}</a> <span class="ldn">({s.views()})</span></li>'
        for s in most)
    first_para = esc(next(b.text for b in notice.blocks if isinstance(b, P)))
    return f"""
<div class="cot-phai" id="SGDDT_Right_1394177689020">
  <div class="portlet-tb"><div class="tb-hd"><img src="/cs/SGDDT/images/icon_loa.gif" alt="" /> THÔNG BÁO</div>
    <marquee direction="up" scrollamount="2" height="160" onmouseover="this.stop();" onmouseout="this.start();">
      <div class="tb-item"><a href="{esc(vanity(notice))}"><b>{esc(notice.title)}</b></a>
      <p>{first_para}</p></div>
      <div class="tb-item"><a href="{esc(vanity(BY_ID[11]))}"><b>{esc(BY_ID[11].title)}</b></a></div>
    </marquee>
  </div>
  <div class="box-r"><div class="box-r-hd">TIN ĐỌC NHIỀU</div><ul class="ds-docnhieu">{most_html}</ul></div>
  <div class="box-r banner-r">
    <a href="https://dichvucong.quangtri.gov.vn" target="_blank"><img src="/cs/SGDDT/images/bn_dichvucong.jpg" alt="Dịch vụ công trực tuyến" /></a>
    <a href="https://csdl.moet.gov.vn" target="_blank"><img src="/cs/SGDDT/images/bn_csdl_nganh.jpg" alt="Cơ sở dữ liệu ngành" /></a>
    <a href="https://thinangluc.quangtri.edu.vn" target="_blank"><img src="/cs/SGDDT/images/bn_tracuu_diem.png" alt="Tra cứu điểm thi" /></a>
  </div>
  <div class="box-r"><div class="box-r-hd">LIÊN KẾT WEBSITE</div>
    <select onchange="if(this.value!='')window.open(this.value,'_blank');" style="width:95%">
      <option value="">-- Chọn liên kết --</option>
      <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
      <option value="{CLUSTER}">Cổng TTĐT tỉnh Quảng Trị</option>
      <option value="https://baoquangtri.vn">Báo Quảng Trị</option>
    </select></div>
  <div class="box-r"><div class="box-r-hd">THĂM DÒ Ý KIẾN</div>
    <form action="/cs/Satellite" method="post" id="frmBinhChon_1394177720001">
      <input type="hidden" name="pagename" value="SGDDT/BinhChon/GuiPhieu" />
      <input type="hidden" name="cid" value="1394177720001" />
      <p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin Sở?</p>
      <label><input type="radio" name="luachon" value="1" /> Đẹp, dễ sử dụng</label><br />
      <label><input type="radio" name="luachon" value="2" /> Bình thường</label><br />
      <label><input type="radio" name="luachon" value="3" /> Khó tìm thông tin</label><br />
      <input type="submit" value="Bình chọn" /> <a href="{esc(POLL_RESULT)}">Xem kết quả</a>
    </form></div>
  <div class="box-r thongke"><div class="box-r-hd">THỐNG KÊ TRUY CẬP</div>
    <table class="tk"><tr><td>Đang online:</td><td align="right">37</td></tr>
    <tr><td>Hôm nay:</td><td align="right">1.254</td></tr>
    <tr><td>Tổng truy cập:</td><td align="right">3.482.917</td></tr></table></div>
</div>"""


def page(request: Request, title: str, main: str, *, canonical: str | None = None,
         desc: str | None = None, head: str = "", crumbs: list[tuple[str, str | None]] | None = None) -> Response:
    base = base_url(request)
    crumb_html = ""
    if crumbs:
        parts = [f'<a href="{START_PATH}">Trang chủ</a>']
        for label, href in crumbs:
            parts.append(f'<a href="{esc(href)}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
        crumb_html = '<div class="dd-bc" id="breadcrumb_1394177689030">' + " &raquo; ".join(parts) + "</div>"
    canon = f'<link rel="canonical" href="{esc(base + canonical)}" />' if canonical else ""
    meta_desc = f'<meta name="description" content="{esc(desc)}" />' if desc else ""
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(title)} - {SITE_TITLE}</title>
{meta_desc}
<meta name="keywords" content="Sở GD&amp;ĐT Quảng Trị, giáo dục, đào tạo" />
{canon}
{head}
<link href="/cs/SGDDT/css/style_sgddt.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/cs/SGDDT/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="/cs/SGDDT/js/menu_ddsmooth.js"></script>
<!-- WebCenter Sites: pagename=SGDDT/SGDDTLayout, site=SGDDT, d=, rendermode=live -->
</head>
<body>
<div id="wrapper" class="sgddt">
 <div id="topbar_cluster">
   <a href="{CLUSTER}/">Cổng TTĐT tỉnh Quảng Trị</a> |
   <a href="{CLUSTER}/snv/trang-chu">Sở Nội vụ</a> |
   <a href="{CLUSTER}/syt/trang-chu">Sở Y tế</a> |
   <a href="{CLUSTER}/sldtbxh/trang-chu">Sở Lao động - TB&amp;XH</a>
   <span class="ngay-ht" style="float:right">{TODAY_LINE}</span>
 </div>
 <div id="banner"><a href="{START_PATH}"><img src="/cs/SGDDT/images/banner_sgddt_2024.jpg" alt="{SITE_TITLE}" width="1000" height="140" /></a></div>
 <div id="menu_top">{_menu()}
   <form action="/cs/Satellite" method="get" class="frm-tk">
     <input type="hidden" name="pagename" value="SGDDT/TimKiem" />
     <input type="text" name="q" value="" placeholder="Tìm kiếm..." /><input type="submit" value="Tìm" />
   </form>
 </div>
 {crumb_html}
 <table id="SGDDT_Layout_1394177689001" width="1000" cellpadding="0" cellspacing="0" border="0"><tr>
  <td valign="top" id="SGDDT_NoiDung" width="690">{main}</td>
  <td valign="top" width="10">&nbsp;</td>
  <td valign="top" width="300">{_sidebar()}</td>
 </tr></table>
 <div id="footer">
  <p><b>CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG TRỊ</b></p>
  <p>Cơ quan chủ quản: Sở Giáo dục và Đào tạo tỉnh Quảng Trị. Chịu trách nhiệm chính: Giám đốc Sở Lê Quang Vinh</p>
  <p>Địa chỉ: Số 18 Hùng Vương, phường Đông Hà, tỉnh Quảng Trị - Điện thoại: 0233.3852.514 - Fax: 0233.3852.510 - Email: sgddt@quangtri.gov.vn</p>
  <p>Ghi rõ nguồn "Cổng TTĐT Sở GD&amp;ĐT Quảng Trị" khi phát hành lại thông tin từ website này.</p>
  <p class="copy">© Bản quyền thuộc Sở Giáo dục và Đào tạo tỉnh Quảng Trị. Phát triển trên nền Oracle WebCenter Sites.</p>
 </div>
</div>
</body>
</html>"""
    return html(doc)


# --- article rendering -----------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    return text(value, entities=2) if s.opts.get("entities") else text(value)


def _img(s: Story, im: Img) -> str:
    src = esc(im.src)
    if im.style == "tbl":
        cap = (f'<tr><td style="text-align:center"><em>{_t(s, im.printed)}</em></td></tr>'
               if im.printed else "")
        return (f'<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbAnh" '
                f'style="width:500px"><tbody><tr><td><img alt="" src="{src}" style="width:500px;'
                f'height:333px" /></td></tr>{cap}</tbody></table>')
    out = f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 500px; height: 333px;" /></p>'
    if im.printed and im.style == "pem":
        out += f'\n<p style="text-align: center;"><em>{_t(s, im.printed)}</em></p>'
    elif im.printed and im.style == "span":
        out += (f'\n<p style="text-align: center;"><span style="font-size:12px;"><span style="color:#0000cd;">'
                f'{_t(s, im.printed)}</span></span></p>')
    return out


def _mso(value: str) -> str:
    return (f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
            f'line-height:normal"><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman'
            f'&quot;,&quot;serif&quot;">{text(value)}</span><span style="font-size:14.0pt"><o:p></o:p></span></p>')


def _msoli(value: str) -> str:
    return (f'<p class="MsoListParagraph" style="margin-left:54.0pt;text-indent:-18.0pt;mso-list:l0 level1 '
            f'lfo1"><!--[if !supportLists]--><span lang="VI" style="font-size:14.0pt"><span style="mso-list:'
            f'Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; '
            f'</span></span></span><!--[endif]--><span lang="VI" style="font-size:14.0pt">{text(value)}'
            f'</span><o:p></o:p></p>')


def render_blocks(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(s, b))
        elif b.style in ("li", "tr"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{_t(s, p.text)}</li>" for p in run) + "</ul>")
            else:
                rows = []
                for n, p in enumerate(run):
                    cells = p.text.split(" | ")
                    tag = ("<td style=\"text-align:center\"><strong>{}</strong></td>" if n == 0
                           else "<td>{}</td>")
                    rows.append("<tr>" + "".join(tag.format(_t(s, c)) for c in cells) + "</tr>")
                out.append('<table border="1" cellpadding="3" cellspacing="0" style="width:100%;border-collapse:'
                           'collapse"><tbody>' + "".join(rows) + "</tbody></table>")
            continue
        elif b.style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{_t(s, b.text)}</strong></p>')
        elif b.style == "h":
            out.append(f"<p><strong>{_t(s, b.text)}</strong></p>")
        elif b.style == "h3":
            out.append(f'<h3 style="font-size:14px">{_t(s, b.text)}</h3>')
        elif b.style == "quote":
            out.append(f'<blockquote><p style="text-align: justify;"><em>{_t(s, b.text)}</em></p></blockquote>')
        elif b.style == "mso":
            out.append(_mso(b.text))
        elif b.style == "msoli":
            out.append(_msoli(b.text))
        elif b.style == "br1":
            nxt = blocks[i + 1]
            out.append(f'<p style="text-align: justify;">{_t(s, b.text)}<br />\n{_t(s, nxt.text)}</p>')
            i += 2
            continue
        elif b.style.startswith("sup:"):
            _, anchor, n = b.style.split(":")
            body = _t(s, b.text)
            a = _t(s, anchor)
            body = body.replace(a, f'{a}<sup><a href="#_ftn{n}" name="_ftnref{n}" title="">{n}</a></sup>', 1)
            out.append(f'<p style="text-align: justify;">{body}</p>')
        elif b.style.startswith("note:"):
            n = b.style.split(":")[1]
            rest = b.text[len(f"[{n}] "):]
            out.append(f'<p style="text-align: justify;"><span style="font-size:12px;"><a href="#_ftnref{n}" '
                       f'name="_ftn{n}" title="">[{n}]</a> {_t(s, rest)}</span></p>')
        else:
            out.append(f'<p style="text-align: justify;">{_t(s, b.text)}</p>')
        i += 1
    return "\n".join(out)


def _date_bar(s: Story) -> str:
    upd = ""
    if s.opts.get("updated"):
        upd = (f'<div style="float:right" class="ttCapNhat">Cập nhật: {s.opts["updated"]} &nbsp;|&nbsp; '
               f'Lượt xem: {s.views()}</div>')
    else:
        upd = f'<div style="float:right" class="ttCapNhat">Lượt xem: {s.views()}</div>'
    return (f'<div class="ttThoiGian">{upd}<div class="ttNgayDang"><img src="/cs/SGDDT/images/icon_clock.gif" '
            f'alt="" /> Ngày đăng: {s.opts["date"]}</div><div style="clear:both"></div></div>')


def article_main(s: Story, *, print_view: bool = False) -> str:
    cid = cid_of(s)
    new = (' <img src="/cs/SGDDT/images/icon_new.gif" alt="Tin mới" />' if s.opts.get("new") else "")
    sapo = ""
    if s.sapo_outside and s.summary:
        sapo = f'<div class="ctTin-tomtat"><strong>{esc(s.summary)}</strong></div>'
    tail = []
    if s.opts.get("tacgia"):
        tail.append(f'<div class="ctTin-tacgia" style="text-align:right"><b>{esc(s.opts["tacgia"])}</b></div>')
    if s.opts.get("nguon"):
        tail.append(f'<div class="ctTin-nguon" style="text-align:right"><i>Nguồn: {esc(s.opts["nguon"])}</i></div>')
    if s.opts.get("attach"):
        label, fname = s.opts["attach"]
        tail.append(f'<div class="dinhKem"><img src="/cs/SGDDT/images/icon_pdf.gif" alt="" /> Tệp đính kèm: '
                    f'<a href="/cs/groups/sgddt/documents/document/{fname}" target="_blank">{esc(label)}</a></div>')
    acct = s.opts["account"]
    meta_line = (f'<div class="ttNguoiDang">Người đăng: {esc(acct)}</div>' if acct == "Admin"
                 else f'<div class="ttNguoiDang">Người cập nhật: {esc(acct)}</div>')
    core = f"""<div class="ctTin" id="ArticleC_{cid}">
<h1 class="tdChiTiet">{esc(s.title)}{new}</h1>
{_date_bar(s)}
{sapo}
<div class="ndTin" id="ndTin_{cid}">
{render_blocks(s)}
</div>
{"".join(tail)}
{meta_line}
</div>"""
    if print_view:
        return core
    tools = (f'<div class="congCu"><a href="javascript:void(0);" onclick="window.open(\'{esc(art_print(cid))}\','
             f'\'InTin\',\'width=800,height=600,scrollbars=yes\');"><img src="/cs/SGDDT/images/icon_print.gif" '
             f'alt="" /> In bài</a> | <a href="mailto:?subject={quote(s.title)}"><img src="/cs/SGDDT/images/'
             f'icon_email.gif" alt="" /> Gửi email</a> | <a href="javascript:history.back();">Quay lại</a> '
             f'<a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fsgddt.'
             f'quangtri.gov.vn{quote(vanity(s), safe="")}" target="_blank"><img src="/cs/SGDDT/images/'
             f'fb_share.png" alt="Chia sẻ" /></a></div>')
    related = ""
    if s.opts.get("related"):
        items = "".join(
            f'<li><a href="{esc(art_sat_rel(cid_of(BY_ID[r])))}">{esc(BY_ID[r].title)}</a></li>'
            for r in s.opts["related"])
        related = f'<div class="tinLQ"><div class="tinLQ-hd">TIN LIÊN QUAN</div><ul>{items}</ul></div>'
    others = [o for o in in_section(s.cat) if o.id != s.id][:3]
    other_items = "".join(
        f'<li><a href="{esc(vanity(o))}">{esc(o.title)}</a> <span class="ngay">({list_date(o)})</span></li>'
        for o in others)
    other = (f'<div class="tinKhac"><div class="tinKhac-hd">CÁC TIN KHÁC</div><ul>{other_items}</ul></div>'
             if others else "")
    return core + tools + related + other


def article_page(request: Request, s: Story) -> Response:
    sec = SECTIONS[s.cat]
    crumbs = [(sec[3], "/sgddt/tin-tuc")] if sec[3] else []
    crumbs.append((sec[0], sec[1]))
    first = s.summary or s.opts.get("teaser") or next(b.text for b in s.blocks if isinstance(b, P))
    images = s.images
    base = base_url(request)
    head = (f'<meta property="og:title" content="{esc(s.title)}" />\n'
            f'<meta property="og:url" content="{esc(base + vanity(s))}" />\n'
            f'<meta property="og:type" content="article" />\n')
    if images:
        head += f'<meta property="og:image" content="{esc(base + images[0].src)}" />\n'
    if s.opts.get("modified_iso"):
        head += f'<meta property="article:modified_time" content="{s.opts["modified_iso"]}" />\n'
    return page(request, s.title, article_main(s), canonical=vanity(s), desc=first[:160],
                head=head, crumbs=crumbs)


def print_page(request: Request, s: Story) -> Response:
    doc = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(s.title)}</title>
<link href="/cs/SGDDT/css/print.css" rel="stylesheet" type="text/css" />
</head><body onload="window.print();">
<div class="in-hd"><img src="/cs/SGDDT/images/logo_in.png" alt="" /> CỔNG THÔNG TIN ĐIỆN TỬ SỞ GD&amp;ĐT QUẢNG TRỊ</div>
{article_main(s, print_view=True)}
<div class="in-ft"><a href="javascript:window.print();">[In trang]</a> <a href="javascript:window.close();">[Đóng cửa sổ]</a></div>
</body></html>"""
    return html(doc)


# --- listings --------------------------------------------------------------------------------


def _item(s: Story, href: str) -> str:
    return f"""<div class="dsTin-item">
  <a href="{esc(href)}"><img class="dsTin-anh" src="{esc(thumb(s))}" alt="" width="150" height="100" /></a>
  <div class="dsTin-nd"><a class="dsTin-td" href="{esc(href)}">{esc(s.title)}</a>
  <span class="dsTin-ngay">({list_date(s)})</span>
  <p>{esc(teaser(s))}</p></div><div style="clear:both"></div>
</div>"""


def section_page(request: Request, key: str, n: int, via_satellite: bool) -> Response | None:
    title, path, pcid, parent = SECTIONS[key]
    items = in_section(key)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    if not 1 <= n <= pages:
        return None
    chunk = items[(n - 1) * PAGE_SIZE:n * PAGE_SIZE]
    href = art_sat if via_satellite else (lambda c: vanity(BY_ID[c - CID_BASE]))
    if key == "tb":
        rows = "".join(
            f'<tr><td align="center">{i}</td><td><a href="{esc(href(cid_of(s)))}">{esc(s.title)}</a></td>'
            f'<td align="center">{list_date(s)}</td></tr>' for i, s in enumerate(chunk, 1))
        body = (f'<table class="dsThongBao" width="100%" border="1" cellpadding="4" cellspacing="0">'
                f'<tr class="hd"><th>STT</th><th>Tiêu đề</th><th>Ngày đăng</th></tr>{rows}</table>')
    else:
        body = "".join(_item(s, href(cid_of(s))) for s in chunk)
    pager = ""
    if pages > 1:
        links = []
        if n > 1:
            links.append(f'<a href="{esc(path)}">« Trước</a>')
        for k in range(1, pages + 1):
            if k == n:
                links.append(f'<span class="trangHT">{k}</span>')
            else:
                links.append(f'<a href="{esc(path if k == 1 else pager_url(pcid, k))}">{k}</a>')
        if n < pages:
            links.append(f'<a href="{esc(pager_url(pcid, n + 1))}">Sau »</a>')
        pager = '<div class="phanTrang" id="pt_' + str(pcid) + '">Trang: ' + " ".join(links) + "</div>"
    main = (f'<div class="dsTin" id="Page_{pcid}"><div class="dsTin-hd"><h2>{esc(title)}</h2></div>'
            f"{body}{pager}</div>")
    crumbs = ([(parent, "/sgddt/tin-tuc")] if parent else []) + [(title, None)]
    return page(request, title, main, crumbs=crumbs, canonical=path if n == 1 and not via_satellite else None)


def home_page(request: Request) -> Response:
    top = BY_ID[1]
    small = [BY_ID[9], BY_ID[12]]
    slider = (f'<div class="tinNoiBat"><div class="tnb-lon"><a href="{esc(vanity(top))}"><img src="{esc(thumb(top))}" '
              f'alt="" width="400" height="260" /></a><h2><a href="{esc(vanity(top))}">{esc(top.title)}</a></h2>'
              f'<p>{esc(teaser(top))}</p></div><ul class="tnb-nho">'
              + "".join(f'<li><a href="{esc(vanity(s))}"><img src="{esc(thumb(s))}" alt="" width="90" /> '
                        f'{esc(s.title)}</a><p>{esc(teaser(s))}</p></li>' for s in small)
              + "</ul></div>")
    latest = "".join(f'<li><a href="{esc(vanity(s))}">{esc(s.title)}</a> <i>({list_date(s)})</i></li>'
                     for s in NEWEST[:5])
    boxes = []
    for key in ("hd", "pt", "cds", "tb"):
        title, path, pcid, _ = SECTIONS[key]
        items = in_section(key)[:3]
        first = items[0]
        rest = "".join(f'<li><a href="{esc(vanity(s))}">{esc(s.title)}</a></li>' for s in items[1:])
        boxes.append(f"""<div class="box-cm" id="box_{pcid}"><div class="box-cm-hd"><a href="{esc(path)}">{esc(title.upper())}</a></div>
<div class="box-cm-tin1"><a href="{esc(vanity(first))}"><img src="{esc(thumb(first))}" alt="" width="120" /></a>
<a class="td" href="{esc(vanity(first))}">{esc(first.title)}</a><p>{esc(teaser(first))}</p></div>
<ul>{rest}</ul><div class="xemtiep"><a href="{esc(path)}">Xem tiếp »</a></div></div>""")
    docs = "".join(f'<li><a href="{esc(d["path"])}">{esc(d["so"])}</a> - {esc(d["trich"])}</li>' for d in DOCS)
    main = f"""{slider}
<div class="tinMoi"><div class="box-cm-hd">TIN MỚI</div><ul>{latest}</ul></div>
{"".join(boxes)}
<div class="box-cm vanban"><div class="box-cm-hd"><a href="/sgddt/van-ban">VĂN BẢN MỚI</a></div><ul>{docs}</ul></div>
<div class="box-cm thuvien"><div class="box-cm-hd"><a href="/sgddt/thu-vien-anh">THƯ VIỆN ẢNH</a> | <a href="/sgddt/video">VIDEO</a></div>
<a href="{ALBUM_PATH}"><img src="{esc(blob(1394177714001))}" alt="" width="200" /></a>
<a href="{VIDEO_PATH}"><img src="/cs/SGDDT/images/video_thumb_bt11.jpg" alt="" width="200" /></a></div>"""
    return page(request, "Trang chủ", main, canonical=START_PATH,
                desc="Cổng thông tin điện tử Sở Giáo dục và Đào tạo tỉnh Quảng Trị")


# --- non-article pages -----------------------------------------------------------------------


def docs_list(request: Request) -> Response:
    rows = "".join(f'<tr><td>{esc(d["so"])}</td><td align="center">{d["ngay"]}</td>'
                   f'<td><a href="{esc(d["path"])}">{esc(d["trich"])}</a></td></tr>' for d in DOCS)
    main = (f'<div class="dsVB"><h2>Văn bản chỉ đạo điều hành</h2><table border="1" cellpadding="4" cellspacing="0" '
            f'width="100%"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table></div>')
    return page(request, "Văn bản chỉ đạo điều hành", main, crumbs=[("Văn bản", None)])


def doc_page(request: Request, d: dict) -> Response:
    main = f"""<div class="ctVB"><h1 class="tdChiTiet">{esc(d["trich"])}</h1>
<table class="ttVB" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td width="30%">Số/Ký hiệu</td><td>{esc(d["so"])}</td></tr>
<tr><td>Ngày ban hành</td><td>{d["ngay"]}</td></tr>
<tr><td>Loại văn bản</td><td>{esc(d["loai"])}</td></tr>
<tr><td>Cơ quan ban hành</td><td>Sở Giáo dục và Đào tạo</td></tr>
<tr><td>Người ký</td><td>{esc(d["ky"])}</td></tr>
<tr><td>Trích yếu</td><td>{esc(d["trich"])}</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/cs/groups/sgddt/documents/document/{d["file"]}">{d["file"]}</a></td></tr>
</table></div>"""
    return page(request, d["trich"], main, crumbs=[("Văn bản", "/sgddt/van-ban"), ("Chi tiết văn bản", None)])


def album_list(request: Request) -> Response:
    main = (f'<div class="dsAlbum"><h2>Thư viện ảnh</h2><div class="album-item"><a href="{ALBUM_PATH}">'
            f'<img src="{esc(blob(1394177714001))}" alt="" width="200" /></a><br /><a href="{ALBUM_PATH}">'
            f'Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT 2026</a> (12 ảnh)</div></div>')
    return page(request, "Thư viện ảnh", main, crumbs=[("Thư viện ảnh", None)])


def album_page(request: Request) -> Response:
    caps = ["Lễ khai mạc Hội thi", "Giáo viên Trường THPT Đông Hà dạy thực hành môn Vật lí",
            "Tiểu ban chấm thi môn Ngữ văn làm việc"]
    pics = "".join(f'<div class="anh-item"><img src="{esc(blob(1394177714001 + i))}" alt="{esc(c)}" width="600" />'
                   f'<p class="anh-mota">{esc(c)}</p></div>' for i, c in enumerate(caps))
    main = (f'<div class="ctAlbum"><h1 class="tdChiTiet">Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT 2026</h1>'
            f'<div class="ttNgayDang">Ngày đăng: 04/12/2026 03:10 CH</div>{pics}</div>')
    return page(request, "Hội thi giáo viên dạy giỏi cấp tỉnh bậc THPT 2026", main,
                crumbs=[("Thư viện ảnh", "/sgddt/thu-vien-anh"), ("Hội thi giáo viên dạy giỏi", None)])


def video_list(request: Request) -> Response:
    main = (f'<div class="dsVideo"><h2>Video</h2><div class="video-item"><a href="{VIDEO_PATH}"><img '
            f'src="/cs/SGDDT/images/video_thumb_bt11.jpg" alt="" width="200" /></a><br /><a href="{VIDEO_PATH}">'
            f'Bản tin Giáo dục tháng 11/2026</a></div></div>')
    return page(request, "Video", main, crumbs=[("Video", None)])


def video_page(request: Request) -> Response:
    main = """<div class="ctVideo"><h1 class="tdChiTiet">Bản tin Giáo dục tháng 11/2026</h1>
<div class="ttNgayDang">Ngày đăng: 01/12/2026 04:00 CH</div>
<iframe width="640" height="360" src="https://www.youtube.com/embed/q7Lx2sGdQtR" frameborder="0" allowfullscreen></iframe>
<p>Bản tin tổng hợp các hoạt động nổi bật của ngành Giáo dục Quảng Trị trong tháng 11/2026: kỷ niệm Ngày Nhà giáo
Việt Nam, Hội khỏe Phù Đổng cấp tỉnh, tập huấn chuyển đổi số.</p>
<p>Thực hiện: Đài Phát thanh - Truyền hình Quảng Trị</p></div>"""
    return page(request, "Bản tin Giáo dục tháng 11/2026", main, crumbs=[("Video", "/sgddt/video"), ("Bản tin", None)])


def intro_page(request: Request, path: str) -> Response:
    title = INTRO[path]
    if path.endswith("chuc-nang-nhiem-vu"):
        body = """<p>Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu,
giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo, bao gồm: mục tiêu,
chương trình, nội dung giáo dục và đào tạo; tiêu chuẩn nhà giáo và tiêu chuẩn cán bộ quản lý giáo dục;
tiêu chuẩn cơ sở vật chất, thiết bị trường học và đồ chơi trẻ em; quy chế thi cử và cấp văn bằng, chứng chỉ.</p>
<p>Sở Giáo dục và Đào tạo có tư cách pháp nhân, có con dấu và tài khoản riêng; chấp hành sự chỉ đạo, quản lý
về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chấp hành sự chỉ đạo, hướng dẫn, kiểm tra
về chuyên môn, nghiệp vụ của Bộ Giáo dục và Đào tạo.</p>"""
    else:
        body = """<p><b>Ban Giám đốc:</b> Giám đốc Lê Quang Vinh; các Phó Giám đốc: Phan Thị Thu Hằng, Trần Văn Hùng.</p>
<p><b>Các phòng chuyên môn, nghiệp vụ:</b></p>
<ul><li>Văn phòng Sở</li><li>Phòng Tổ chức cán bộ</li><li>Phòng Kế hoạch - Tài chính</li>
<li>Phòng Giáo dục Mầm non - Tiểu học</li><li>Phòng Giáo dục Trung học</li><li>Phòng Chính trị tư tưởng</li>
<li>Phòng Khảo thí và Quản lý chất lượng</li><li>Thanh tra Sở</li></ul>"""
    main = f'<div class="ctGT"><h1 class="tdChiTiet">{esc(title)}</h1>{body}</div>'
    return page(request, title, main, crumbs=[("Giới thiệu", None), (title, None)])


def contact_page(request: Request) -> Response:
    main = """<div class="ctLH"><h1 class="tdChiTiet">Liên hệ</h1>
<table cellpadding="4"><tr><td><b>Sở Giáo dục và Đào tạo tỉnh Quảng Trị</b></td></tr>
<tr><td>Địa chỉ: Số 18 Hùng Vương, phường Đông Hà, tỉnh Quảng Trị</td></tr>
<tr><td>Điện thoại: 0233.3852.514 - Fax: 0233.3852.510</td></tr>
<tr><td>Email: <a href="mailto:sgddt@quangtri.gov.vn">sgddt@quangtri.gov.vn</a></td></tr>
<tr><td>Đường dây nóng: 0233.3566.123 (trong giờ hành chính)</td></tr></table></div>"""
    return page(request, "Liên hệ", main, crumbs=[("Liên hệ", None)])


def search_page(request: Request, q: str) -> Response:
    q = q.strip()
    if not q:
        res = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    else:
        hits = [s for s in NEWEST if q.lower() in s.title.lower()]
        res = (f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa <b>{esc(q)}</b></p><ul>"
               + "".join(f'<li><a href="{esc(vanity(s))}">{esc(s.title)}</a></li>' for s in hits) + "</ul>")
    return page(request, "Tìm kiếm", f'<div class="ketQuaTK"><h2>Kết quả tìm kiếm</h2>{res}</div>',
                crumbs=[("Tìm kiếm", None)])


def poll_page(request: Request) -> Response:
    main = """<div class="kqBinhChon"><h2>Kết quả thăm dò ý kiến</h2>
<p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin Sở?</p>
<table cellpadding="3"><tr><td>Đẹp, dễ sử dụng</td><td>412 phiếu (63%)</td></tr>
<tr><td>Bình thường</td><td>187 phiếu (29%)</td></tr><tr><td>Khó tìm thông tin</td><td>52 phiếu (8%)</td></tr></table>
</div>"""
    return page(request, "Kết quả bình chọn", main, crumbs=[("Thăm dò ý kiến", None)])


# --- the site --------------------------------------------------------------------------------


class WebCenterSite:
    def __init__(self) -> None:
        self.sections_by_path = {v[1]: k for k, v in SECTIONS.items()}
        self.sections_by_cid = {v[2]: k for k, v in SECTIONS.items()}
        self.blobs = ({1394177712000 + 10 * s.id + k for s in STORIES for k in range(1, 4)}
                      | {1394177713000 + s.id for s in STORIES} | {1394177714001 + i for i in range(3)})

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST" and path == "/cs/Satellite":
            return poll_page(request)
        if path in ("/", "/sgddt", "/sgddt/"):
            return redirect(START_PATH)
        if path == "/sgddt/tin-tuc":
            return redirect(SECTIONS["hd"][1], 301)
        if path == "/cs/BlobServer":
            where = request.params.get("blobwhere", "")
            if where.isdigit() and int(where) in self.blobs:
                return static_file("blob.jpg")
            return None
        if path.startswith("/cs/groups/sgddt/documents/document/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/cs/SGDDT/", "/cs/groups/sgddt/documents/image/")):
            return static_file(path)
        if path == "/cs/Satellite":
            return self._satellite(request)
        if request.query:
            return None
        if path == START_PATH:
            return home_page(request)
        if path in self.sections_by_path:
            return section_page(request, self.sections_by_path[path], 1, False)
        if path.startswith("/sgddt/tin-tuc/"):
            s = BY_SLUG.get(path[len("/sgddt/tin-tuc/"):])
            return article_page(request, s) if s else None
        if path == "/sgddt/van-ban":
            return docs_list(request)
        if path == DOCS[0]["path"]:
            return doc_page(request, DOCS[0])
        if path == "/sgddt/thu-vien-anh":
            return album_list(request)
        if path == ALBUM_PATH:
            return album_page(request)
        if path == "/sgddt/video":
            return video_list(request)
        if path == VIDEO_PATH:
            return video_page(request)
        if path in INTRO:
            return intro_page(request, path)
        if path == CONTACT_PATH:
            return contact_page(request)
        return None

    def _satellite(self, request: Request) -> Response | None:
        params = request.params
        pagename = params.get("pagename", "")
        c, cid = params.get("c", ""), params.get("cid", "")
        if pagename == "SGDDT/TimKiem":
            return search_page(request, params.get("q", ""))
        if pagename == "SGDDT/BinhChon/KetQua" and cid == "1394177720001":
            return poll_page(request)
        if not cid.isdigit():
            return None
        if c == "Article_C" and pagename in ("SGDDT/Article_C/ChiTietTin", "SGDDT/Article_C/InTin"):
            s = BY_ID.get(int(cid) - CID_BASE)
            if s is None:
                return None
            return article_page(request, s) if pagename.endswith("ChiTietTin") else print_page(request, s)
        if c == "Page" and pagename == "SGDDT/Page/DanhSachTin" and int(cid) in self.sections_by_cid:
            packed = parse_qs(params.get("packedargs", ""))
            n = packed.get("pageNo", ["1"])[0]
            if not n.isdigit():
                return None
            return section_page(request, self.sections_by_cid[int(cid)], int(n), True)
        if c == "VanBan_C" and pagename == "SGDDT/VanBan_C/ChiTietVanBan" and cid == "1394177700102":
            return doc_page(request, DOCS[1])
        return None


def build_site() -> WebCenterSite:
    return WebCenterSite()


# --- gold ------------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    cid = cid_of(s)
    alts = [art_sat(cid)]
    if any(s.id in o.opts.get("related", []) for o in STORIES):
        alts.append(art_sat_rel(cid))
    alts.append(art_print(cid))
    return gold_record(s, vanity(s), SECTIONS[s.cat][0], canonical_path=vanity(s), alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/sgddt/gioi-thieu/chuc-nang-nhiem-vu",
    "/sgddt/gioi-thieu/co-cau-to-chuc",
    CONTACT_PATH,
    DOCS[0]["path"],
    DOCS[1]["path"],
    ALBUM_PATH,
    VIDEO_PATH,
]
